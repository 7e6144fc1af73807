// picomatch@4 and micromatch@4 (braces, fill-range, to-regex-range): glob matching on strings.
const picomatch = require('picomatch');
const micromatch = require('micromatch');

const files = ['src/index.js', 'src/lib/a.ts', 'src/lib/b.test.ts', 'README.md', '.env', 'docs/x.md', 'test/a.spec.js', 'img/logo.PNG'];
const isMatch = picomatch('**/*.ts', { ignore: '**/*.test.ts' });
console.log(files.filter((f) => isMatch(f)));
console.log(picomatch.isMatch('.env', '*'), picomatch.isMatch('.env', '*', { dot: true }), picomatch('*.png', { nocase: true })('LOGO.PNG'));
console.log(picomatch.makeRe('src/**/*.{js,ts}').source);
console.log(picomatch.scan('!./foo/*.js', { tokens: false }));
console.log(micromatch(files, ['**/*.md', 'src/**']), micromatch.not(files, '**/*.{js,ts}'));
console.log(micromatch.braces('a/{b,c}/{1..3}', { expand: true }), micromatch.braces('{01..10..3}', { expand: true }));
console.log(micromatch.capture('test/*.spec.js', 'test/a.spec.js'), micromatch.some(['a.js', 'b.md'], '*.md'), micromatch.contains('aa/bb/cc', '*b'));
console.log(micromatch(['a1', 'a5', 'a10', 'b2'], 'a[1-5]'), micromatch(['foo.js', 'foo.min.js'], '!(*.min).js'), micromatch.matcher('**/+(a|b).js')('x/b.js'));
