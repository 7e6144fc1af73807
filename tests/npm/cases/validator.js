// validator@13: string validators and sanitizers, plus a per-function file.
const validator = require('validator');
const isURL = require('validator/lib/isURL');

const checks = [
  ['isEmail', 'foo@bar.com'], ['isEmail', 'foo@bar'], ['isURL', 'https://example.com/a?b=c'], ['isURL', 'htp:/x'],
  ['isIP', '192.168.0.1'], ['isIP', '::1'], ['isIP', '999.1.1.1'], ['isUUID', '9b2f1a1e-2b1e-4e8e-a2b5-123456789abc'],
  ['isCreditCard', '4111111111111111'], ['isJSON', '{"a":1}'], ['isISO8601', '2024-02-29T12:00:00Z'], ['isPostalCode', '10115', 'DE'],
  ['isMobilePhone', '+4915123456789', 'de-DE'], ['isStrongPassword', 'Abcdef1!'], ['isHexColor', '#ff00aa'], ['isSlug', 'a-slug-1'],
  ['isIBAN', 'DE89370400440532013000'], ['isSemVer', '1.2.3-beta.1'], ['isBase64', 'aGVsbG8='], ['isAlpha', 'Grüße', 'de-DE'],
];
for (const [fn, s, arg] of checks) console.log(fn, JSON.stringify(s), validator[fn](s, arg));
console.log(isURL('localhost:3000', { require_tld: false }), isURL('ftp://x.io', { protocols: ['http'] }));
console.log(validator.escape('<a href="x">'), validator.normalizeEmail('John.Doe+tag@GoogleMail.com'), validator.trim('  x  '), validator.toInt('42px'), validator.blacklist('abc123', '0-9'));
console.log(validator.version);
