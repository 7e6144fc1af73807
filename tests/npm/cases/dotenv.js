// dotenv: parse strings and load a .env file from the project into an object.
const dotenv = require('dotenv');
const path = require('path');

console.log(dotenv.parse('A=1\nB="two words"\n# comment\nC=\'x\\ny\'\nD="x\\ny"\n'));
const target = {};
const result = dotenv.config({ path: path.join(__dirname, '..', 'fixtures', 'sample.env'), processEnv: target });
console.log(result.error, result.parsed);
console.log(target.PORT, JSON.stringify(target.QUOTED), JSON.stringify(target.MULTI));
const missing = dotenv.config({ path: 'fixtures/does-not-exist.env', processEnv: {} });
console.log(missing.error && missing.error.code, missing.parsed);
console.log('APP_NAME' in process.env);
process.env.FROM_SCRIPT = 'set';
dotenv.populate(process.env, { FROM_SCRIPT: 'ignored', NEW_ONE: 'added' });
console.log(process.env.FROM_SCRIPT, process.env.NEW_ONE);
