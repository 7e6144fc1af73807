// utimes keeps libuv's microsecond resolution, as Node does.
const fs = require('fs');
const dir = fs.mkdtempSync('/tmp/fs-test-');
const f = `${dir}/t`;
fs.writeFileSync(f, '');
for (const t of [1.678, 1234567890.123456789, new Date(1700000000123)]) {
  fs.utimesSync(f, t, t);
  const s = fs.statSync(f, { bigint: true });
  console.log(String(s.mtimeNs), String(s.atimeNs), fs.statSync(f).mtimeMs);
}
fs.rmSync(dir, { recursive: true });
