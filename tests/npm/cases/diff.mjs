// diff@7 (dual package, ESM build): line/word/char diffs and unified patches.
import { diffLines, diffWords, diffChars, createTwoFilesPatch, applyPatch, parsePatch, diffJson } from 'diff';

const a = 'line one\nline two\nline three\nline four\n';
const b = 'line one\nline 2\nline three\nline four\nline five\n';
const patch = createTwoFilesPatch('a.txt', 'b.txt', a, b, 'old', 'new', { context: 1 });
console.log(patch);
console.log(applyPatch(a, patch) === b, parsePatch(patch)[0].hunks.length);
console.log(diffLines(a, b).map((p) => `${p.added ? '+' : p.removed ? '-' : ' '}${p.count}`).join(' '));
console.log(diffWords('the quick brown fox', 'the slow brown dog').map((p) => (p.added ? `{+${p.value}+}` : p.removed ? `[-${p.value}-]` : p.value)).join(''));
console.log(diffChars('kitten', 'sitting').map((p) => (p.added ? `+${p.value}` : p.removed ? `-${p.value}` : `=${p.value}`)).join(' '));
console.log(diffJson({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] }).filter((p) => p.added || p.removed).map((p) => p.value.trim()));
