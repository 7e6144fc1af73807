const enc = new TextEncoder().encode('héllo €');
console.log(enc, new TextDecoder().decode(enc));
console.log(btoa('hello'), atob('aGVsbG8='));
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u.host, u.pathname, u.searchParams.get('a'), u.href);
console.log(String(new URL('../x?y', 'http://h/a/b/c')));
const sc = structuredClone({ d: new Date(0), m: new Map([[1, { s: new Set([2]) }]]), r: /x/g });
console.log(sc);
try {
  structuredClone(() => {});
} catch (e) {
  console.log(e.name, e instanceof DOMException);
}
console.log(typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin);
console.log(globalThis === global, typeof globalThis.setTimeout);
console.log(Object.keys(globalThis).filter((k) => !['crypto', 'fetch', 'navigator'].includes(k)));
const ac = new AbortController();
ac.signal.addEventListener('abort', () => console.log('aborted', ac.signal.reason.name));
ac.abort();
