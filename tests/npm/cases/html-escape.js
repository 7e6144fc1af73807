// escape-html and he (HTML entities encode/decode, big entity tables).
const escapeHtml = require('escape-html');
const he = require('he');

const raw = `<a href="x?y=1&z='2'">Café © ✓ 😀</a>`;
console.log(escapeHtml(raw));
console.log(he.encode(raw));
console.log(he.encode(raw, { useNamedReferences: true }));
console.log(he.encode('foo © bar ≠ baz 𝌆 qux', { decimal: true }));
console.log(he.decode('&lt;p&gt;caf&eacute; &amp;amp; &#x1D306; &#169; &nbsp;end&hellip;&notin;'));
console.log(he.escape('<img src=\'x\' onerror="y">'), he.unescape('&lt;&gt;&quot;&#x27;&amp;'));
console.log(he.version);
