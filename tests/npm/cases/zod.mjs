// zod@3 from ESM: schemas, parsing, transforms, error reporting.
import { z } from 'zod';

const User = z.object({
  id: z.number().int().positive(),
  name: z.string().min(2).max(20),
  email: z.string().email(),
  role: z.enum(['admin', 'user']).default('user'),
  tags: z.array(z.string()).optional(),
  createdAt: z.coerce.date(),
  website: z.string().url().nullable(),
});
const ok = User.parse({ id: 1, name: 'Ann', email: 'ann@example.com', createdAt: '2024-01-02T03:04:05Z', website: null });
console.log(ok, ok.createdAt.toISOString());
const bad = User.safeParse({ id: -1, name: 'A', email: 'nope', role: 'root', createdAt: 'not a date', website: 'x' });
console.log(bad.success, bad.error.issues.map((i) => `${i.path.join('.')}: ${i.code} ${i.message}`));
console.log(bad.error.flatten().fieldErrors);
const Shape = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('circle'), r: z.number() }),
  z.object({ kind: z.literal('rect'), w: z.number(), h: z.number() }),
]).transform((s) => (s.kind === 'circle' ? Math.round(Math.PI * s.r ** 2) : s.w * s.h));
console.log(Shape.parse({ kind: 'circle', r: 2 }), Shape.parse({ kind: 'rect', w: 3, h: 4 }));
const Pw = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, { message: 'mismatch', path: ['b'] });
console.log(Pw.safeParse({ a: 'x', b: 'y' }).error.issues);
const Rec = z.record(z.string(), z.tuple([z.number(), z.boolean()]));
console.log(Rec.parse({ k: [1, true] }), Rec.safeParse({ k: [1] }).success);
console.log(z.string().regex(/^[a-z]+$/).safeParse('ABC').error.message);
