// fast-xml-parser@4 (strnum dependency): XML to JS and back, validation.
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns:x="urn:x">
  <book id="bk101" available="true"><author>Gambardella, Matthew</author><title>XML &amp; You</title><price>44.95</price><x:tag>one</x:tag><x:tag>two</x:tag></book>
  <book id="bk102"><author>Ralls, Kim</author><title><![CDATA[<Midnight> Rain]]></title><price>5.95</price><!-- comment --></book>
</catalog>`;
console.log(XMLValidator.validate(xml), XMLValidator.validate('<a><b></a>'));
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: true, cdataPropName: '#cdata', isArray: (name) => name === 'book' });
const obj = parser.parse(xml);
console.log(JSON.stringify(obj, null, 1));
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
console.log(builder.build({ root: { '@_v': 2, item: [{ '#text': 'a & b' }, { '@_k': 'x' }], empty: '' } }));
console.log(new XMLParser({ removeNSPrefix: true, numberParseOptions: { hex: true, leadingZeros: false } }).parse('<r><x:n>0x1F</x:n><m>007</m><f>1e3</f></r>'));
