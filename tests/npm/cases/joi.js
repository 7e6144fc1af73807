// joi@17 (@hapi/hoek, @hapi/topo, @sideway/*): object schema validation.
const Joi = require('joi');

const schema = Joi.object({
  username: Joi.string().alphanum().min(3).max(30).required(),
  password: Joi.string().pattern(/^[a-zA-Z0-9]{3,30}$/),
  repeat_password: Joi.ref('password'),
  birth_year: Joi.number().integer().min(1900).max(2013),
  email: Joi.string().email({ minDomainSegments: 2, tlds: false }),
  tags: Joi.array().items(Joi.string()).unique().default([]),
  when: Joi.date().iso(),
}).with('username', 'birth_year').xor('password', 'access_token').append({ access_token: [Joi.string(), Joi.number()] });

console.log(schema.validate({ username: 'abc', birth_year: 1994, password: 'p4ss', repeat_password: 'p4ss', when: '2024-01-02T03:04:05Z' }));
const bad = schema.validate({ username: 'a!', birth_year: 1800, email: 'nope', tags: ['x', 'x'] }, { abortEarly: false });
console.log(bad.error.name, bad.error.details.map((d) => `${d.path.join('.') || '(root)'} ${d.type}: ${d.message}`));
console.log(Joi.number().min(3).validate('7', { convert: true }), Joi.string().valid('a', 'b').validate('c').error.message);
try { Joi.assert(5, Joi.string(), 'custom prefix'); } catch (e) { console.log(e.message); }
console.log(Joi.isSchema(schema), schema.describe().keys.username.flags, Joi.version);
