// react@18 + react-dom/server (CJS, NODE_ENV-dependent builds): server rendering.
const React = require('react');
const { renderToString, renderToStaticMarkup } = require('react-dom/server');

const { createElement: h, useState, useMemo, createContext, useContext, Fragment } = React;
const Theme = createContext('light');
function Item({ label, done }) {
  const theme = useContext(Theme);
  return h('li', { className: `${theme} ${done ? 'done' : ''}`.trim(), 'data-label': label }, done ? h('s', null, label) : label);
}
function App({ items }) {
  const [count] = useState(items.length);
  const remaining = useMemo(() => items.filter((i) => !i.done).length, [items]);
  return h(Theme.Provider, { value: 'dark' },
    h('main', { id: 'app', style: { fontSize: 12, marginTop: '1em' } },
      h('h1', null, 'Todos (', count, ')'),
      h('ul', null, items.map((it) => h(Item, { key: it.label, ...it }))),
      h(Fragment, null, h('p', { dangerouslySetInnerHTML: { __html: '<em>raw</em>' } }), h('p', null, `${remaining} left & <escaped>`)),
      h('input', { type: 'checkbox', defaultChecked: true, readOnly: true }),
    ));
}
const items = [{ label: 'write', done: true }, { label: 'test', done: false }];
console.log(renderToStaticMarkup(h(App, { items })));
console.log(renderToString(h(App, { items })));
console.log(React.version, process.env.NODE_ENV, typeof React.useSyncExternalStore);
