// readline/promises question() answered from standard input.
import * as readline from 'node:readline/promises';
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
const name = await rl.question('name? ');
const age = await rl.question('age? ');
console.log(`\nhello ${name}, ${age}`);
rl.close();
