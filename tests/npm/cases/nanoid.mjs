// nanoid@5 (ESM only): random ids checked by shape; customRandom with a seeded PRNG.
import { nanoid, customAlphabet, customRandom, urlAlphabet } from 'nanoid';

const id = nanoid();
console.log(id.length, /^[A-Za-z0-9_-]{21}$/.test(id), nanoid(8).length);
const hex = customAlphabet('0123456789abcdef', 12);
console.log(/^[0-9a-f]{12}$/.test(hex()));
let seed = 42;
const prng = (size) => {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; out[i] = seed >> 16 & 255; }
  return out;
};
const seeded = customRandom(urlAlphabet, 10, prng);
console.log(seeded(), seeded(), seeded());
console.log(urlAlphabet.length, urlAlphabet);
