// uuid@9: conditional exports pick the CommonJS build for require().
const { v1, v3, v4, v5, NIL, MAX, validate, version, parse, stringify } = require('uuid');
const uuidPkgMain = require.resolve('uuid');
const path = require('path');

console.log('resolved', path.relative(process.cwd(), uuidPkgMain));
console.log(v5('hello.example.com', v5.DNS), v5('https://example.com/a', v5.URL));
console.log(v3('hello.example.com', v3.DNS));
const ns = '1b671a64-40d5-491e-99b0-da01ff1f3341';
console.log(v5('Hello, World!', ns), v3('Hello, World!', ns));
const r = v4();
console.log('v4 ok', validate(r), version(r), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(r));
const seeded = v4({ random: Array.from({ length: 16 }, (_, i) => i * 17) });
console.log('v4 seeded', seeded);
console.log('v1 fixed', v1({ node: [1, 35, 69, 103, 137, 171], clockseq: 0x1234, msecs: Date.UTC(2020, 0, 1), nsecs: 5678 }));
console.log(NIL, typeof MAX, validate('not-a-uuid'), validate(NIL));
const bytes = parse(seeded);
console.log(bytes, stringify(bytes) === seeded);
