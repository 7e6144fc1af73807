// semver: main entry plus deep requires of its functions/ and classes/ files.
const semver = require('semver');
const satisfies = require('semver/functions/satisfies');
const Range = require('semver/classes/range');

const versions = ['1.2.3', '1.10.0', '2.0.0-beta.1', '2.0.0', '0.9.9', '1.2.10', 'v3.1.0'];
console.log(semver.sort(versions.map((v) => semver.clean(v))));
console.log(semver.rsort(['1.0.0', '1.0.0-rc.1', '1.0.0-alpha', '1.0.0-rc.10']));
console.log(satisfies('1.5.0', '^1.2.0'), satisfies('2.0.0', '^1.2.0'), semver.satisfies('1.0.0-rc.1', '>=1.0.0-alpha <1.0.0'));
console.log(semver.maxSatisfying(versions.map(semver.clean), '~1.2'), semver.minVersion('>=1.4.0 || ^0.9'));
console.log(semver.inc('1.2.3', 'minor'), semver.inc('1.2.3-rc.0', 'prerelease'), semver.inc('1.2.3', 'premajor', 'beta'));
console.log(semver.diff('1.2.3', '2.0.0'), semver.valid('nope'), semver.coerce('v2.x in a string 2.5').version);
const r = new Range('>=1.2.7 <1.3.0 || 2.x');
console.log(r.range, r.test('1.2.8'), r.test('2.9.9'), r.test('1.3.0'));
console.log(semver.parse('1.2.3-pre.4+build.5'));
console.log(semver.intersects('^1.0.0', '~1.5'), semver.gtr('3.0.0', '^2'), semver.outside('0.1.0', '^1.0.0', '<'));
try { new semver.SemVer('1.2'); } catch (e) { console.log(e.name, e.message); }
