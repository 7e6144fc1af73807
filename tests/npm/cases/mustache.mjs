// mustache@4 from ESM: its "exports" map sends "import" to mustache.mjs.
import Mustache from 'mustache';

const view = { title: 'Joe', calc: () => 2 + 4, items: [{ n: 'a' }, { n: 'b' }], empty: [], html: '<b>x</b>', person: { first: 'Ada' } };
console.log(Mustache.render('{{title}} spends {{calc}}; {{#items}}[{{n}}]{{/items}}{{^empty}} none{{/empty}} {{html}} {{{html}}} {{&html}} {{person.first}}', view));
console.log(Mustache.render('{{> header}}body {{=<% %>=}}<% title %>', view, { header: 'HEADER({{title}}) ' }));
console.log(Mustache.render('{{#wrap}}Hi {{title}}{{/wrap}}', { title: 'T', wrap: () => (text, render) => `<em>${render(text)}</em>` }));
console.log(JSON.stringify(Mustache.parse('a {{b}} {{#c}}d{{/c}}')));
console.log(Mustache.name, Mustache.version);
