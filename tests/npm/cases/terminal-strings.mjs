// ESM-only terminal string packages: string-width (Intl.Segmenter, emoji-regex,
// east-asian widths), strip-ansi, ansi-styles; and picocolors (CJS) via import.
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import ansiStyles from 'ansi-styles';
import pc from 'picocolors';

for (const s of ['abc', '古池や', '👩‍👩‍👧‍👦 family', 'e\u0301', '\u001b[31mred\u001b[39m', 'ｶﾀｶﾅ', '⚠️ sign', '\t', '']) {
  console.log(JSON.stringify(s), stringWidth(s), stringWidth(s, { ambiguousIsNarrow: false }), JSON.stringify(stripAnsi(s)));
}
console.log(JSON.stringify(ansiStyles.red), JSON.stringify(ansiStyles.bgColor.bgGreenBright), ansiStyles.codes.get(31));
console.log(JSON.stringify(ansiStyles.color.ansi256(ansiStyles.hexToAnsi256('#ff0000'))), ansiStyles.rgbToAnsi(255, 0, 0), JSON.stringify(ansiStyles.color.ansi16m(1, 2, 3)));
console.log(Object.keys(ansiStyles.modifier).join(','));
console.log('picocolors', pc.isColorSupported, JSON.stringify(pc.red('no colour here')));
const forced = pc.createColors(true);
console.log(JSON.stringify(forced.bold(forced.green('ok') + ' and ' + forced.bgYellow('bg'))), JSON.stringify(pc.createColors(false).blue('x')));
