// minimist parses the real argv (none passed here) and fixed arrays.
const parseArgs = require('minimist');

console.log(parseArgs(process.argv.slice(2)));
console.log(parseArgs(['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']));
console.log(parseArgs(['--no-color', '--name', 'x', '--num', '007', '--', '--not-a-flag'], {
  string: ['num'], boolean: ['color', 'verbose'], alias: { n: 'name', v: 'verbose' }, default: { verbose: true }, '--': true,
}));
console.log(parseArgs(['--a.b', '1', '--a.c=two', '-v', '-v', '-v', 'rest'], { unknown: (a) => a !== '-v' }));
