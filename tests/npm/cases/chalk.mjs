// chalk@5 (ESM only): default instance detects no colour without a TTY;
// explicit levels produce fixed escape sequences.
import chalk, { Chalk, supportsColor, chalkStderr } from 'chalk';

console.log('level', chalk.level, 'stderr level', chalkStderr.level, 'supportsColor', supportsColor);
console.log(chalk.red('plain when level 0'));
for (const level of [1, 2, 3]) {
  const c = new Chalk({ level });
  console.log(level, JSON.stringify(c.bold.red('x') + c.bgBlue.white.underline('y') + c.hex('#ff8800')('z') + c.rgb(10, 200, 30).inverse('w')));
}
const c1 = new Chalk({ level: 1 });
console.log(JSON.stringify(c1.green(`nested ${c1.blue('inner')} outer`)));
console.log(JSON.stringify(c1.dim.italic.strikethrough('multi\nline')));
console.log(JSON.stringify(c1.visible('v')), JSON.stringify(new Chalk({ level: 0 }).visible('hidden')));
