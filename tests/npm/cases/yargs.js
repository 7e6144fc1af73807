// yargs@17 from CommonJS (require('yargs/yargs') + 'yargs/helpers'): commands,
// options, validation and help, with output captured instead of exiting.
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');

console.log('hideBin', hideBin(process.argv));
function run(argv) {
  let output = '';
  const parser = yargs()
    .scriptName('demo')
    .usage('$0 <cmd> [args]')
    .command('serve [port]', 'start the server', (y) => y.positional('port', { describe: 'port to bind on', type: 'number', default: 5000 }), (a) => { output += `serving on ${a.port} verbose=${a.verbose}\n`; })
    .command(['add <a> <b>', 'plus'], 'add two numbers', () => {}, (a) => { output += `sum ${a.a + a.b}\n`; })
    .option('verbose', { alias: 'v', type: 'boolean', description: 'Run with verbose logging' })
    .option('level', { choices: ['low', 'high'], default: 'low' })
    .demandCommand(1)
    .strict()
    .wrap(72)
    .exitProcess(false)
    .version('9.9.9')
    .fail((msg, err) => { output += `fail: ${msg || err.message}\n`; });
  const argvOut = parser.parse(argv, {}, (err, parsed, out) => { if (out) output += out + '\n'; });
  const { $0, ...rest } = argvOut;
  console.log(`$ demo ${argv.join(' ')}\n${output}${JSON.stringify(rest)}\n`);
}
run(['serve', '8080', '-v']);
run(['add', '2', '40']);
run(['serve', '--level', 'mid']);
run(['unknown-cmd']);
run(['--help']);
run(['serve', '--help']);
run(['--version']);
