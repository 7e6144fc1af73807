// yargs@17 from ESM: the "import" condition (index.mjs) and the helpers subpath.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

const argv = yargs(['--name', 'Ann', '-n', '3', '--list', 'a', '--list', 'b', '--no-cache', 'pos1'])
  .option('n', { type: 'number' })
  .option('list', { type: 'array' })
  .parseSync();
console.log(JSON.stringify(argv), hideBin(['node', 'script', 'x']));
const parsed = await yargs(['--count', 'x']).option('count', { type: 'number' }).parse();
console.log(Number.isNaN(parsed.count));
