// An uncaught SyntaxError from vm code prints its decorated stack once, as
// Node prints it (the caret line is part of the stack already).
// filter: ^    at new Script \(node:vm
const vm = require('vm');
console.log('before');
new vm.Script('let x = ;', { filename: 'broken.js' });
