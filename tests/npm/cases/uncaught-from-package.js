// An uncaught error thrown inside a package: Node prints the throwing source
// line, the stack (package frames under /app/node_modules) and exits with 1.
const semver = require('semver');

console.log('before', semver.valid('1.2.3'));
new semver.SemVer('not-a-version');
console.log('never reached');
