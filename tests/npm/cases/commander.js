// commander: subcommands, options, help text and errors (captured, no exit).
const { Command, Option, InvalidArgumentError } = require('commander');

function makeProgram(log) {
  const program = new Command('tool');
  program
    .version('1.2.3')
    .description('A demo CLI')
    .exitOverride()
    .configureOutput({ writeOut: (s) => log.push(['out', s]), writeErr: (s) => log.push(['err', s]), getOutHelpWidth: () => 80, getErrHelpWidth: () => 80 })
    .option('-v, --verbose', 'more output')
    .option('-n, --count <n>', 'how many', (v) => {
      const n = parseInt(v, 10);
      if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
      return n;
    }, 1)
    .addOption(new Option('-c, --color <mode>', 'colour mode').choices(['auto', 'always', 'never']).default('auto'));
  program
    .command('greet <name> [greeting...]')
    .description('say hello')
    .option('--shout', 'uppercase')
    .action((name, greeting, opts) => {
      const text = `${greeting.length ? greeting.join(' ') : 'hello'}, ${name}`;
      log.push(['action', opts.shout ? text.toUpperCase() : text, program.opts()]);
    });
  return program;
}

const runs = [
  ['greet', 'world'],
  ['-v', '-n', '3', 'greet', '--shout', 'ann', 'good', 'morning'],
  ['--color', 'purple', 'greet', 'x'],
  ['-n', 'abc'],
  ['--help'],
  ['greet', '--help'],
  ['--version'],
  ['nope'],
];
for (const argv of runs) {
  const log = [];
  let code = 0;
  try {
    makeProgram(log).parse(argv, { from: 'user' });
  } catch (e) {
    code = `${e.code} ${e.exitCode}`;
  }
  console.log('$ tool', argv.join(' '), '->', code);
  for (const entry of log) console.log(entry);
}
