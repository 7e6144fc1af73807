// commander without exitOverride: an unknown option makes it write to stderr
// and call process.exit(1), the way CLIs built on it behave.
import { program } from 'commander';

program.name('cli').option('-d, --debug', 'debug output').argument('[file]');
program.parse(['--debug', 'in.txt'], { from: 'user' });
console.log('first parse', program.opts(), program.args);
process.on('exit', (code) => console.log('exiting with', code));
program.parse(['--bogus'], { from: 'user' });
console.log('not reached');
