// immer@10 (dual package, ESM build): produce, patches, freezing.
import { produce, enablePatches, enableMapSet, applyPatches, isDraft, current, original, freeze } from 'immer';

enablePatches();
enableMapSet();
const base = { todos: [{ id: 1, text: 'write', done: false }, { id: 2, text: 'test', done: false }], meta: { count: 2 } };
let patches, inverse;
const next = produce(base, (draft) => {
  draft.todos[0].done = true;
  draft.todos.push({ id: 3, text: 'ship', done: false });
  draft.meta.count = draft.todos.length;
  console.log('isDraft', isDraft(draft), 'original count', original(draft.meta).count, 'current', current(draft.meta));
}, (p, ip) => { patches = p; inverse = ip; });
console.log(next, base.todos[0].done, next.todos[1] === base.todos[1], Object.isFrozen(next.todos));
console.log(patches);
console.log(JSON.stringify(applyPatches(next, inverse)) === JSON.stringify(base));
const m = produce(new Map([['a', new Set([1])]]), (d) => { d.get('a').add(2); d.set('b', new Set()); });
console.log([...m].map(([k, v]) => [k, [...v]]), Object.isFrozen(m), m instanceof Map);
const curried = produce((draft, by) => { draft.n += by; });
console.log(curried({ n: 1 }, 41), freeze({ x: [1] }, true));
try { next.meta.count = 99; } catch (e) { console.log(e.constructor.name, e.message); }
