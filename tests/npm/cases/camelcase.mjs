// camelcase@8 (ESM only, Unicode property escapes).
import camelCase from 'camelcase';

for (const s of ['foo-bar', 'foo_bar', 'Foo-Bar', 'розовый_пушистый_единорог', '--foo.bar', 'fooBAR', 'XMLHttpRequest', ['foo', 'bar'], 'lorem-ipsum 2 dolor']) {
  console.log(JSON.stringify(s), camelCase(s), camelCase(s, { pascalCase: true }), camelCase(s, { preserveConsecutiveUppercase: true }));
}
console.log(camelCase('lorem-ipsum', { locale: 'tr-TR' }), camelCase('I-am', { locale: false }));
