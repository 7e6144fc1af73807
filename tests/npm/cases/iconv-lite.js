// iconv-lite: legacy encodings via Buffer (uses safer-buffer), streaming decoder.
const iconv = require('iconv-lite');

const text = 'Grüße, café – “quotes” €';
for (const enc of ['win1252', 'latin1', 'utf16le', 'utf16be', 'cp866', 'koi8-r', 'shift_jis', 'gbk', 'big5', 'euc-kr']) {
  const sample = /866|koi8/.test(enc) ? 'Привет, мир' : /jis|gbk|big5|euc/.test(enc) ? '日本語 テキスト 한국' : text;
  const buf = iconv.encode(sample, enc);
  console.log(enc.padEnd(9), buf.toString('hex').slice(0, 48), JSON.stringify(iconv.decode(buf, enc)));
}
console.log(iconv.encodingExists('us-ascii'), iconv.encodingExists('nope-enc'));
console.log(JSON.stringify(iconv.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'utf8')), JSON.stringify(iconv.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'utf8', { stripBOM: false })));
const dec = iconv.getDecoder('utf8');
const euro = Buffer.from('€', 'utf8');
console.log(JSON.stringify(dec.write(euro.subarray(0, 1))), JSON.stringify(dec.write(euro.subarray(1))), JSON.stringify(dec.end() || ''));
console.log(iconv.decode(Buffer.from([0x80, 0x9f, 0xff]), 'win1252'), iconv.encode('\u{1F600}', 'win1252'));
