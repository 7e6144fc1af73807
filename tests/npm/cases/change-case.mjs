// change-case@5 (ESM only) including its "keys" export subpath.
import { camelCase, capitalCase, constantCase, dotCase, kebabCase, pascalCase, pathCase, sentenceCase, snakeCase, trainCase, split } from 'change-case';
import { camelCase as camelKeys } from 'change-case/keys';

const inputs = ['hello world', 'XMLHttpRequest', 'version 1.2.10', 'foo_bar-baz qux', 'TestV2'];
for (const s of inputs) {
  console.log([camelCase, capitalCase, constantCase, dotCase, kebabCase, pascalCase, pathCase, sentenceCase, snakeCase, trainCase].map((f) => f(s)).join(' | '));
}
console.log(split('myHTTPServer2Go'), kebabCase('a1b2', { separateNumbers: true }));
console.log(camelKeys({ some_key: { nested_key: 1 }, 'other-key': [{ inner_value: 2 }] }, Infinity));
