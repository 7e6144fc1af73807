// node:fs and node:fs/promises as ES modules (default and named exports,
// live `promises`), plus the remaining bits: fsPromises.truncate,
// fs.openAsBlob, relative paths against process.cwd(), Buffer and URL
// paths everywhere, util.promisify(fs.*) and fs.exists' custom promisify.
import fs, { readFileSync, writeFileSync, promises, constants, Stats, Dirent, createReadStream } from 'node:fs';
import * as fsNs from 'fs';
import fsp, { open, readFile, truncate, rm } from 'node:fs/promises';
import { promisify } from 'node:util';

const root = fs.mkdtempSync('/tmp/fs-test-');
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const rel = (s) => String(s).split(root).join('<tmp>');
const p = (name) => `${root}/${name}`;

console.log('named = default members', readFileSync === fs.readFileSync, promises === fs.promises, promises === fsp,
  constants === fs.constants, Stats === fs.Stats, Dirent === fs.Dirent, createReadStream === fs.createReadStream);
console.log('namespace', fsNs.default === fs, fsNs.readFileSync === fs.readFileSync, typeof fsNs.promises);
console.log('promises named', open === fsp.open, readFile === fsp.readFile);

writeFileSync(p('a.txt'), '0123456789');
await truncate(p('a.txt'), 4);
console.log('fsp.truncate', readFileSync(p('a.txt'), 'utf8'));
await truncate(p('a.txt'));
console.log('fsp.truncate default', readFileSync(p('a.txt'), 'utf8').length);
try { await truncate(p('missing'), 1); } catch (e) { console.log('fsp.truncate missing', rel(e.message)); }
try { await truncate(p('a.txt'), 'x'); } catch (e) { console.log('fsp.truncate bad len', e.code); }

writeFileSync(p('blob.txt'), 'blob contents');
const blob = await fs.openAsBlob(p('blob.txt'), { type: 'text/plain' });
console.log('openAsBlob', blob.constructor.name, blob.size, blob.type, await blob.text());
console.log('openAsBlob default type', JSON.stringify((await fs.openAsBlob(new URL(`file://${p('blob.txt')}`))).type));
try { fs.openAsBlob(p('missing')); } catch (e) { console.log('openAsBlob missing throws', e.name, e.code, e.message); }

// relative paths
const cwd = process.cwd();
process.chdir(root);
writeFileSync('rel.txt', 'relative');
console.log('relative sync', readFileSync('./rel.txt', 'utf8'), fs.existsSync(`${root}/rel.txt`));
console.log('relative promise', await readFile('rel.txt', 'utf8'));
console.log('relative callback', await new Promise((r) => fs.readFile('rel.txt', 'utf8', (e, d) => r(d))));
const h = await open('rel.txt');
console.log('relative open', (await h.stat()).size);
await h.close();
fs.mkdirSync('d1/d2', { recursive: true });
fs.renameSync('rel.txt', 'd1/d2/moved.txt');
console.log('relative rename', fs.readdirSync('d1/d2'));
await rm('d1', { recursive: true });
console.log('relative rm', fs.existsSync('d1'));
process.chdir(cwd);

// Buffer and URL paths
const bp = Buffer.from(p('buf.txt'));
writeFileSync(bp, 'via buffer path');
console.log('buffer path', readFileSync(p('buf.txt'), 'utf8'), fs.statSync(bp).size, (await fsp.stat(bp)).size);
const up = new URL(`file://${p('url.txt')}`);
writeFileSync(up, 'via url');
console.log('url path', readFileSync(up, 'utf8'), (await readFile(up, 'utf8')), fs.existsSync(up));
fs.mkdirSync(new URL(`file://${p('urldir')}/`));
console.log('url dir', fs.readdirSync(new URL(`file://${root}/`)).sort().join(','));
console.log('url with encoded chars', fs.existsSync(new URL(`file://${p('url%2etxt')}`)));
try { fs.readFileSync(new URL('https://example.com/x')); } catch (e) { console.log('https url', e.code); }

// promisify
const stat = promisify(fs.stat);
console.log('promisify(fs.stat)', (await stat(p('a.txt'))).isFile());
console.log('promisify(fs.exists)', await promisify(fs.exists)(p('a.txt')), await promisify(fs.exists)(p('nope')));
const readdir = promisify(fs.readdir);
console.log('promisify(fs.readdir)', (await readdir(root)).length > 0);
const mkdtemp = promisify(fs.mkdtemp);
console.log('promisify(fs.mkdtemp)', rel(await mkdtemp(p('pm-'))).replace(/pm-.{6}$/, 'pm-XXXXXX'));
