// lru-cache@10 (dual package, named export): LRU order, TTL, size limits, fetch.
import { LRUCache } from 'lru-cache';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const cache = new LRUCache({ max: 3, dispose: (v, k, reason) => console.log('dispose', k, v, reason) });
cache.set('a', 1); cache.set('b', 2); cache.set('c', 3);
cache.get('a');
cache.set('d', 4);
console.log([...cache.keys()], cache.has('b'), cache.size, cache.peek('c'));
cache.delete('c');
const ttl = new LRUCache({ max: 10, ttl: 20 });
ttl.set('short', 1); ttl.set('long', 2, { ttl: 10000 });
const rem = ttl.getRemainingTTL('long');
console.log(ttl.get('short'), rem > 9000 && rem <= 10000);
await sleep(60);
console.log(ttl.get('short'), ttl.get('long'), ttl.has('short'));
const sized = new LRUCache({ maxSize: 10, sizeCalculation: (v) => v.length });
sized.set('x', 'aaaa'); sized.set('y', 'bbbbbb'); sized.set('z', 'cc');
console.log([...sized.entries()], sized.calculatedSize);
const fetcher = new LRUCache({ max: 10, fetchMethod: async (k) => `fetched:${k}` });
console.log(await fetcher.fetch('k1'), fetcher.peek('k1'), await fetcher.fetch('k1'));
console.log(cache.dump().map(([k, e]) => [k, e.value]));
