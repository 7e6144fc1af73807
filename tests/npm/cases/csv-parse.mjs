// csv-parse@5 from ESM through its "exports" subpaths: csv-parse/sync and the stream API.
import { parse as parseSync } from 'csv-parse/sync';
import { parse } from 'csv-parse';
import { readFileSync } from 'node:fs';

const csv = 'name,age,city\n"Doe, John",42,"New\nYork"\nAnn,31,Oslo\n# comment\nBob,,"say ""hi"""\n';
console.log(parseSync(csv, { columns: true, comment: '#', cast: true, skip_empty_lines: true }));
console.log(parseSync('a;b\n1;2', { delimiter: ';', from_line: 2 }));
try { parseSync('a,b\n1,2,3', { columns: true }); } catch (e) { console.log(e.code, e.message); }
const rows = [];
const p = parse({ columns: true, cast: (v, ctx) => (ctx.column === 'qty' ? Number(v) : v) });
p.on('readable', () => { let r; while ((r = p.read()) !== null) rows.push(r); });
p.on('end', () => console.log('stream rows', rows, 'info', p.info.records, p.info.lines));
p.write('item,qty\nap');
p.write('ple,3\npear,5\n');
p.end();
console.log(parseSync(readFileSync(new URL('../fixtures/sample.csv', import.meta.url)), { columns: true, bom: true }));
