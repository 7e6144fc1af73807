// preact@10 + preact-render-to-string@6 from ESM, including the preact/hooks subpath.
import { h, Fragment, createContext } from 'preact';
import { useState, useContext, useMemo } from 'preact/hooks';
import { render as renderToString } from 'preact-render-to-string';

const Ctx = createContext('en');
function Greeting({ name }) {
  const lang = useContext(Ctx);
  const [n] = useState(3);
  const stars = useMemo(() => '*'.repeat(n), [n]);
  return h('p', { class: 'greet', 'aria-label': `greeting ${lang}` }, lang === 'de' ? 'Hallo ' : 'Hello ', h('b', null, name), stars);
}
const vdom = h(Ctx.Provider, { value: 'de' }, h('div', { id: 'root', style: { color: 'red', paddingLeft: 4 } },
  h(Greeting, { name: '<Welt>' }),
  h(Fragment, null, [1, 2, 3].map((i) => h('span', { key: i }, i))),
  h('input', { value: 'x', disabled: true }),
  h('div', { dangerouslySetInnerHTML: { __html: '<i>raw</i>' } })));
console.log(renderToString(vdom));
console.log(renderToString(h('svg', { viewBox: '0 0 10 10' }, h('circle', { cx: 5, cy: 5, r: 4, strokeWidth: 2 }))));
