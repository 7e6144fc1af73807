// handlebars@4: compile templates (generated JavaScript), helpers, partials.
const Handlebars = require('handlebars');

Handlebars.registerHelper('upper', (s) => String(s).toUpperCase());
Handlebars.registerHelper('eq', (a, b) => a === b);
Handlebars.registerHelper('list', function (items, options) {
  return `<ul>${items.map((it) => `<li>${options.fn(it)}</li>`).join('')}</ul>`;
});
Handlebars.registerPartial('userCard', '<b>{{name}}</b>{{#if admin}} (admin){{/if}}');
const tpl = Handlebars.compile(`Hello {{upper name}}!
{{#each users}}{{@index}}: {{> userCard}}{{#unless @last}}, {{/unless}}{{/each}}
{{#list items}}{{this}}{{/list}}
{{#with address}}{{city}}, {{country}}{{/with}}
{{#if (eq mode "dark")}}dark mode{{else}}light mode{{/if}}
escaped: {{html}} raw: {{{html}}}
{{! a comment }}{{missing.deep.value}}|`);
console.log(tpl({
  name: 'world', mode: 'dark', html: '<i>&</i>', items: ['a', 'b'],
  users: [{ name: 'ann', admin: true }, { name: 'bob' }], address: { city: 'Oslo', country: 'NO' },
}));
const pre = Handlebars.precompile('{{a}}-{{b}}');
console.log(typeof pre, pre.includes('"compiler"'));
const spec = new Function(`return ${pre}`)();
console.log(Handlebars.template(spec)({ a: 1, b: 2 }));
try { Handlebars.compile('{{#if}}x')(); } catch (e) { console.log(e.message.split('\n')[0]); }
console.log(Handlebars.VERSION, Handlebars.Utils.escapeExpression('<"\'>&`='));
