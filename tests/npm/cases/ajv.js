// ajv@8 (compiles schemas to JavaScript with new Function) plus ajv-formats.
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const ajv = new Ajv({ allErrors: true, useDefaults: true, coerceTypes: true });
addFormats(ajv);
const schema = {
  $id: 'https://example.test/user.json',
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 1 },
    email: { type: 'string', format: 'email' },
    born: { type: 'string', format: 'date' },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, default: [] },
    address: { $ref: '#/$defs/address' },
  },
  required: ['id', 'email'],
  additionalProperties: false,
  $defs: { address: { type: 'object', properties: { zip: { type: 'string', pattern: '^[0-9]{5}$' } }, required: ['zip'] } },
};
const validate = ajv.compile(schema);
const good = { id: '7', email: 'a@b.co', born: '2000-02-29', address: { zip: '12345' } };
console.log(validate(good), good);
const bad = { id: 0, email: 'not-email', born: '2001-02-29', tags: ['x', 'x'], address: { zip: 'abc' }, extra: true };
console.log(validate(bad));
for (const e of validate.errors) console.log(e.instancePath || '/', e.keyword, e.message, JSON.stringify(e.params));
console.log(ajv.errorsText(validate.errors, { separator: ' | ' }));
console.log(typeof validate.toString(), validate.toString().includes('function validate'));
const s2 = ajv.getSchema('https://example.test/user.json');
console.log(s2 === validate, ajv.validate({ type: 'number', multipleOf: 0.5 }, 2.5));
try { ajv.compile({ type: 'nope' }); } catch (e) { console.log(e.message.split('\n')[0]); }
