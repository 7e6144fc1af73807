// Authenticated ciphers (GCM, CCM, OCB, ChaCha20-Poly1305) compared with
// Node 22: published vectors (GCM spec test cases, RFC 3610, RFC 7253,
// RFC 8439), tag lengths, AAD, tag checks and every state error.
'use strict';
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    const extra = ['library', 'reason', 'opensslErrorStack'].filter((k) => k in e).map((k) => `${k}=${JSON.stringify(e[k])}`);
    console.log(label, 'throws', e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','), extra.join(' '));
  }
}

// Encrypts, prints ciphertext and tag, checks them against the expected
// values, and decrypts back.
function vector(label, alg, key, iv, { aad, pt, ct, tag, opts, plaintextLength }) {
  show(label, () => {
    const c = crypto.createCipheriv(alg, hex(key), hex(iv), opts);
    if (aad !== undefined) c.setAAD(hex(aad), { plaintextLength });
    const out = Buffer.concat([c.update(hex(pt)), c.final()]).toString('hex');
    const t = c.getAuthTag().toString('hex');
    const d = crypto.createDecipheriv(alg, hex(key), hex(iv), opts);
    d.setAuthTag(hex(t));
    if (aad !== undefined) d.setAAD(hex(aad), { plaintextLength });
    const back = Buffer.concat([d.update(hex(out)), d.final()]).toString('hex');
    return `${out} ${t} ${out === ct && t === tag} ${back === pt}`;
  });
}

// --- GCM (McGrew & Viega test cases 1, 2, 3, 4, 5)
vector('gcm tc1', 'aes-128-gcm', '00000000000000000000000000000000', '000000000000000000000000',
  { pt: '', ct: '', tag: '58e2fccefa7e3061367f1d57a4e7455a' });
vector('gcm tc2', 'aes-128-gcm', '00000000000000000000000000000000', '000000000000000000000000',
  { pt: '00000000000000000000000000000000', ct: '0388dace60b6a392f328c2b971b2fe78', tag: 'ab6e47d42cec13bdf53a67b21257bddf' });
const tc3pt = 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255';
vector('gcm tc3', 'aes-128-gcm', 'feffe9928665731c6d6a8f9467308308', 'cafebabefacedbaddecaf888',
  { pt: tc3pt, ct: '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985', tag: '4d5c2af327cd64a62cf35abd2ba6fab4' });
const tc4pt = tc3pt.slice(0, 120);
vector('gcm tc4', 'aes-128-gcm', 'feffe9928665731c6d6a8f9467308308', 'cafebabefacedbaddecaf888',
  { aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2', pt: tc4pt, ct: '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091', tag: '5bc94fbc3221a5db94fae95ae7121a47' });
vector('gcm tc5 (8-byte IV)', 'aes-128-gcm', 'feffe9928665731c6d6a8f9467308308', 'cafebabefacedbad',
  { aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2', pt: tc4pt, ct: '61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c742373806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598', tag: '3612d2e79e3b0785561be14aaca2fccb' });
vector('gcm tc14 (256)', 'aes-256-gcm', '0000000000000000000000000000000000000000000000000000000000000000', '000000000000000000000000',
  { pt: '00000000000000000000000000000000', ct: 'cea7403d4d606b6e074ec5d3baf39d18', tag: 'd0d1c8a799996bf0265b98b5d48ab919' });

const k16 = hex('feffe9928665731c6d6a8f9467308308');
const iv12 = hex('cafebabefacedbaddecaf888');
function gcmEncrypt(opts, ivb = iv12, data = 'hello gcm', alg = 'aes-128-gcm', key = k16) {
  const c = crypto.createCipheriv(alg, key, ivb, opts);
  const ct = Buffer.concat([c.update(data), c.final()]);
  return { ct, tag: c.getAuthTag() };
}
function gcmDecrypt(ct, tag, opts, ivb = iv12, alg = 'aes-128-gcm', key = k16) {
  const d = crypto.createDecipheriv(alg, key, ivb, opts);
  if (tag !== undefined) d.setAuthTag(tag);
  return Buffer.concat([d.update(ct), d.final()]).toString();
}
for (const n of [undefined, 4, 8, 12, 13, 14, 15, 16]) {
  show(`gcm authTagLength ${n}`, () => {
    const { ct, tag } = gcmEncrypt(n === undefined ? undefined : { authTagLength: n });
    return `${ct.toString('hex')} ${tag.toString('hex')} ${gcmDecrypt(ct, tag, n === undefined ? undefined : { authTagLength: n })}`;
  });
}
for (const n of [0, 1, 3, 5, 6, 7, 9, 10, 11, 17, 32]) show(`gcm bad authTagLength ${n}`, () => gcmEncrypt({ authTagLength: n }));
for (const n of [1, 8, 12, 16, 64, 128]) show(`gcm iv ${n}`, () => gcmEncrypt(undefined, Buffer.alloc(n, 5)).tag);
for (const n of [0, 129, 200]) show(`gcm bad iv ${n}`, () => gcmEncrypt(undefined, Buffer.alloc(n, 5)).tag);
{
  const { ct, tag } = gcmEncrypt();
  show('gcm short tag accepted', () => gcmDecrypt(ct, tag.subarray(0, 4)));
  show('gcm 12-byte tag', () => gcmDecrypt(ct, tag.subarray(0, 12)));
  show('gcm truncated tag is checked', () => gcmDecrypt(ct, Buffer.concat([tag.subarray(0, 11), Buffer.from([tag[11] ^ 1])])));
  show('gcm tag 5 bytes', () => gcmDecrypt(ct, tag.subarray(0, 5)));
  show('gcm tag 17 bytes', () => gcmDecrypt(ct, Buffer.concat([tag, Buffer.alloc(1)])));
  show('gcm tag 0 bytes', () => gcmDecrypt(ct, Buffer.alloc(0)));
  show('gcm tag vs authTagLength', () => gcmDecrypt(ct, tag, { authTagLength: 12 }));
  show('gcm tag matches authTagLength', () => gcmDecrypt(ct, tag.subarray(0, 12), { authTagLength: 12 }));
  show('gcm wrong tag', () => gcmDecrypt(ct, Buffer.alloc(16)));
  show('gcm no tag', () => gcmDecrypt(ct, undefined));
  show('gcm tampered ct', () => gcmDecrypt(Buffer.concat([Buffer.from([ct[0] ^ 1]), ct.subarray(1)]), tag));
  show('gcm wrong key', () => gcmDecrypt(ct, tag, undefined, iv12, 'aes-128-gcm', Buffer.alloc(16)));
  show('gcm tag as hex string', () => {
    const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
    d.setAuthTag(tag.toString('hex'), 'hex');
    return d.update(ct, undefined, 'utf8') + d.final('utf8');
  });
  show('gcm tag as base64 string', () => {
    const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
    d.setAuthTag(tag.toString('base64'), 'base64');
    return d.update(ct, undefined, 'utf8') + d.final('utf8');
  });
  show('gcm tag as ArrayBuffer', () => {
    const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
    d.setAuthTag(new Uint8Array(tag).buffer);
    return d.update(ct, undefined, 'utf8') + d.final('utf8');
  });
  show('gcm tag after update', () => {
    const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
    const a = d.update(ct, undefined, 'utf8');
    d.setAuthTag(tag);
    return a + d.final('utf8');
  });
  show('gcm setAuthTag twice', () => {
    const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
    d.setAuthTag(tag);
    return d.setAuthTag(tag);
  });
  show('gcm setAuthTag after final', () => {
    const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
    d.setAuthTag(tag);
    d.update(ct);
    d.final();
    return d.setAuthTag(tag);
  });
  show('gcm setAuthTag returns this', () => {
    const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
    return d.setAuthTag(tag) === d;
  });
  show('gcm setAuthTag number', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(5));
  show('gcm setAuthTag null', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(null));
}
show('gcm getAuthTag before final', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).getAuthTag());
show('gcm getAuthTag after update', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.update('x'); return c.getAuthTag(); });
show('gcm getAuthTag twice', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.final(); return c.getAuthTag().equals(c.getAuthTag()); });
show('gcm final twice', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.final(); return c.final(); });
show('gcm setAAD twice', () => {
  const c = crypto.createCipheriv('aes-128-gcm', k16, iv12);
  c.setAAD(Buffer.from('ab')).setAAD(Buffer.from('cd'));
  c.final();
  const c2 = crypto.createCipheriv('aes-128-gcm', k16, iv12);
  c2.setAAD(Buffer.from('abcd'));
  c2.final();
  return c.getAuthTag().equals(c2.getAuthTag());
});
show('gcm setAAD after update', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.update('abc'); return c.setAAD(Buffer.from('x')); });
show('gcm setAAD after final', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.final(); return c.setAAD(Buffer.from('x')); });
show('gcm setAAD string', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.setAAD('feedface', { encoding: 'hex' }); c.final(); return c.getAuthTag(); });
show('gcm setAAD utf8 string', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.setAAD('héllo'); c.final(); return c.getAuthTag(); });
show('gcm setAAD empty', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.setAAD(Buffer.alloc(0)); c.final(); return c.getAuthTag(); });
show('gcm setAAD plaintextLength ignored', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.setAAD(Buffer.alloc(3), { plaintextLength: 99 }); c.final(); return c.getAuthTag(); });
show('gcm setAAD number', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAAD(5));
show('gcm setAAD bad plaintextLength', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAAD(Buffer.alloc(1), { plaintextLength: -1 }));
show('gcm setAAD bad encoding option', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAAD('ab', { encoding: 1 }));
show('gcm setAAD returns this', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); return c.setAAD(Buffer.alloc(1)) === c; });
show('gcm decipher setAAD', () => {
  const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32, 1), iv12);
  c.setAAD(Buffer.from('header'));
  const ct = Buffer.concat([c.update('payload'), c.final()]);
  const good = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32, 1), iv12).setAuthTag(c.getAuthTag()).setAAD(Buffer.from('header'));
  const bad = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32, 1), iv12).setAuthTag(c.getAuthTag()).setAAD(Buffer.from('HEADER'));
  let badResult;
  try { bad.update(ct); bad.final(); badResult = 'accepted'; } catch (e) { badResult = e.message; }
  return `${Buffer.concat([good.update(ct), good.final()])} / ${badResult}`;
});
show('gcm streaming updates', () => {
  const c = crypto.createCipheriv('aes-192-gcm', Buffer.alloc(24, 2), iv12);
  const parts = [1, 2, 13, 16, 31, 64, 7].map((n) => c.update(Buffer.alloc(n, n)).length);
  return `${parts} ${c.final().length} ${c.getAuthTag().toString('hex')}`;
});

// --- CCM (RFC 3610 packet vectors 1 and 2)
vector('ccm rfc3610 #1', 'aes-128-ccm', 'c0c1c2c3c4c5c6c7c8c9cacbcccdcecf', '00000003020100a0a1a2a3a4a5',
  { aad: '0001020304050607', pt: '08090a0b0c0d0e0f101112131415161718191a1b1c1d1e', plaintextLength: 23,
    ct: '588c979a61c663d2f066d0c2c0f989806d5f6b61dac384', tag: '17e8d12cfdf926e0', opts: { authTagLength: 8 } });
vector('ccm rfc3610 #2', 'aes-128-ccm', 'c0c1c2c3c4c5c6c7c8c9cacbcccdcecf', '00000004030201a0a1a2a3a4a5',
  { aad: '0001020304050607', pt: '08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', plaintextLength: 24,
    ct: '72c91a36e135f8cf291ca894085c87e3cc15c439c9e43a3b', tag: 'a091d56e10400916', opts: { authTagLength: 8 } });
const ck = Buffer.alloc(16, 9);
function ccm(ivLen, tagLen, data, aad, plaintextLength) {
  const iv = Buffer.alloc(ivLen, 3);
  const c = crypto.createCipheriv('aes-128-ccm', ck, iv, { authTagLength: tagLen });
  if (aad) c.setAAD(aad, { plaintextLength: plaintextLength ?? data.length });
  const ct = Buffer.concat([c.update(data), c.final()]);
  const tag = c.getAuthTag();
  const d = crypto.createDecipheriv('aes-128-ccm', ck, iv, { authTagLength: tagLen });
  d.setAuthTag(tag);
  if (aad) d.setAAD(aad, { plaintextLength: plaintextLength ?? data.length });
  const back = Buffer.concat([d.update(ct), d.final()]);
  return `${ct.toString('hex')} ${tag.toString('hex')} ${back.equals(data)}`;
}
for (const t of [4, 6, 8, 10, 12, 14, 16]) show(`ccm tag ${t}`, () => ccm(12, t, Buffer.from('ccm data'), Buffer.from('aad')));
for (const t of [undefined, 0, 2, 3, 5, 7, 17, 18]) show(`ccm bad tag ${t}`, () => crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(12), t === undefined ? undefined : { authTagLength: t }));
for (const n of [7, 8, 10, 11, 12, 13]) show(`ccm iv ${n}`, () => ccm(n, 16, Buffer.from('x'), null));
for (const n of [0, 5, 6, 14, 16]) show(`ccm bad iv ${n}`, () => crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(n), { authTagLength: 16 }));
show('ccm empty message', () => ccm(12, 16, Buffer.alloc(0), Buffer.from('only aad')));
show('ccm no aad', () => ccm(11, 8, Buffer.from('no aad at all'), null));
show('ccm aad without plaintextLength', () => crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 16 }).setAAD(Buffer.alloc(2)));
show('ccm plaintextLength too big (iv 13)', () => crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(13), { authTagLength: 16 }).setAAD(Buffer.alloc(2), { plaintextLength: 65536 }));
show('ccm plaintextLength max (iv 13)', () => typeof crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(13), { authTagLength: 16 }).setAAD(Buffer.alloc(2), { plaintextLength: 65535 }));
show('ccm update too big (iv 13)', () => crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(13), { authTagLength: 16 }).update(Buffer.alloc(65536)).length);
show('ccm update max (iv 13)', () => crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(13), { authTagLength: 16 }).update(Buffer.alloc(65535)).length);
show('ccm plaintextLength too big (iv 12)', () => crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 16 }).setAAD(Buffer.alloc(2), { plaintextLength: 16777216 }));
show('ccm plaintextLength mismatch', () => {
  const c = crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 16 });
  c.setAAD(Buffer.alloc(2), { plaintextLength: 5 });
  return c.update(Buffer.alloc(6));
});
show('ccm two updates', () => {
  const c = crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 16 });
  c.update(Buffer.alloc(4));
  return c.update(Buffer.alloc(4));
});
show('ccm wrong tag', () => {
  const c = crypto.createCipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 16 });
  const ct = Buffer.concat([c.update('ccm text'), c.final()]);
  const d = crypto.createDecipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 16 });
  d.setAuthTag(Buffer.alloc(16));
  const out = d.update(ct);
  let fin;
  try { fin = d.final(); } catch (e) { fin = `${e.code} ${e.message}`; }
  return `${out.length} ${fin}`;
});
show('ccm missing tag', () => {
  const d = crypto.createDecipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 16 });
  const out = d.update(Buffer.alloc(8));
  return `${out.length} ${d.final()}`;
});
show('ccm tag wrong length', () => crypto.createDecipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 16 }).setAuthTag(Buffer.alloc(8)));
show('ccm decrypt aad without tag', () => {
  const d = crypto.createDecipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 8 });
  d.setAAD(Buffer.alloc(3), { plaintextLength: 4 });
  return d.update(Buffer.alloc(4)).length;
});
show('ccm getAuthTag decipher', () => typeof crypto.createDecipheriv('aes-128-ccm', ck, Buffer.alloc(12), { authTagLength: 8 }).getAuthTag);
show('ccm-256', () => {
  const c = crypto.createCipheriv('aes-256-ccm', Buffer.alloc(32, 4), Buffer.alloc(7, 1), { authTagLength: 10 });
  return Buffer.concat([c.update('two five six'), c.final(), c.getAuthTag()]);
});

// --- OCB (RFC 7253 appendix A, first three vectors)
vector('ocb rfc7253 empty', 'aes-128-ocb', '000102030405060708090a0b0c0d0e0f', 'bbaa99887766554433221100',
  { pt: '', ct: '', tag: '785407bfffc8ad9edcc5520ac9111ee6', opts: { authTagLength: 16 } });
vector('ocb rfc7253 #2', 'aes-128-ocb', '000102030405060708090a0b0c0d0e0f', 'bbaa99887766554433221101',
  { aad: '0001020304050607', pt: '0001020304050607', ct: '6820b3657b6f615a', tag: '5725bda0d3b4eb3a257c9af1f8f03009', opts: { authTagLength: 16 } });
vector('ocb rfc7253 #3', 'aes-128-ocb', '000102030405060708090a0b0c0d0e0f', 'bbaa99887766554433221102',
  { aad: '0001020304050607', pt: '', ct: '', tag: '81017f8203f081277152fade694a0a00', opts: { authTagLength: 16 } });
for (const t of [undefined, 0, 1, 8, 12, 16, 17]) {
  show(`ocb tag ${t}`, () => {
    const c = crypto.createCipheriv('aes-192-ocb', Buffer.alloc(24, 1), Buffer.alloc(12, 2), t === undefined ? undefined : { authTagLength: t });
    const ct = Buffer.concat([c.update('ocb message, longer than a block'), c.final()]);
    const tag = c.getAuthTag();
    const d = crypto.createDecipheriv('aes-192-ocb', Buffer.alloc(24, 1), Buffer.alloc(12, 2), { authTagLength: t });
    d.setAuthTag(tag);
    return `${ct.toString('hex')} ${tag.toString('hex')} ${Buffer.concat([d.update(ct), d.final()])}`;
  });
}
for (const n of [0, 1, 8, 15, 16]) show(`ocb iv ${n}`, () => crypto.createCipheriv('aes-256-ocb', Buffer.alloc(32), Buffer.alloc(n), { authTagLength: 16 }).update('x'));
show('ocb wrong tag', () => {
  const d = crypto.createDecipheriv('aes-128-ocb', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 16 });
  d.setAuthTag(Buffer.alloc(16));
  d.update(Buffer.alloc(20));
  return d.final();
});

// --- ChaCha20-Poly1305 (RFC 8439 2.8.2)
vector('chacha20-poly1305 rfc8439', 'chacha20-poly1305', '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', '070000004041424344454647',
  { aad: '50515253c0c1c2c3c4c5c6c7',
    pt: Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.").toString('hex'),
    ct: 'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc3ff4def08e4b7a9de576d26586cec64b6116',
    tag: '1ae10b594f09e26a7e902ecbd0600691' });
const ck32 = Buffer.alloc(32, 0x42);
for (const t of [undefined, 1, 4, 8, 12, 16, 0, 17]) {
  show(`chacha tag ${t}`, () => {
    const opts = t === undefined ? undefined : { authTagLength: t };
    const c = crypto.createCipheriv('chacha20-poly1305', ck32, Buffer.alloc(12, 1), opts);
    const ct = Buffer.concat([c.update('chacha message'), c.final()]);
    const tag = c.getAuthTag();
    const d = crypto.createDecipheriv('chacha20-poly1305', ck32, Buffer.alloc(12, 1), opts);
    d.setAuthTag(tag);
    return `${ct.toString('hex')} ${tag.toString('hex')} ${Buffer.concat([d.update(ct), d.final()])}`;
  });
}
for (const n of [0, 1, 8, 11, 12, 13, 16]) show(`chacha iv ${n}`, () => crypto.createCipheriv('chacha20-poly1305', ck32, Buffer.alloc(n, 1)).update('x'));
show('chacha short tag without authTagLength', () => crypto.createDecipheriv('chacha20-poly1305', ck32, Buffer.alloc(12)).setAuthTag(Buffer.alloc(8)));
show('chacha wrong tag', () => {
  const d = crypto.createDecipheriv('chacha20-poly1305', ck32, Buffer.alloc(12));
  d.setAuthTag(Buffer.alloc(16));
  d.update(Buffer.alloc(5));
  return d.final();
});
show('chacha no tag', () => {
  const d = crypto.createDecipheriv('chacha20-poly1305', ck32, Buffer.alloc(12));
  d.update(Buffer.alloc(5));
  return d.final();
});
show('chacha key length', () => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(16), Buffer.alloc(12)));
show('chacha20 iv 12', () => crypto.createCipheriv('chacha20', ck32, Buffer.alloc(12)));

// --- authTagLength past int32: a length (UINT32_MAX reads as "not given")
for (const alg of ['aes-128-gcm', 'aes-128-ccm', 'chacha20-poly1305']) {
  for (const n of [2147483647, 3000000000, 4294967295]) {
    show(`${alg} authTagLength ${n}`, () => {
      const c = crypto.createCipheriv(alg, Buffer.alloc(alg.startsWith('chacha') ? 32 : 16), Buffer.alloc(12), { authTagLength: n });
      c.update('a');
      c.final();
      return c.getAuthTag().length;
    });
  }
}
show('authTagLength 2^32', () => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 2 ** 32 }));
show('plaintextLength 2^32', () => crypto.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(7), { authTagLength: 16 }).setAAD(Buffer.alloc(1), { plaintextLength: 2 ** 32 }));
