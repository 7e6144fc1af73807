// crypto's symmetric ciphers (createCipheriv, createDecipheriv, getCiphers,
// getCipherInfo) over OpenSSL through binding.crypto. Not implemented yet.
import stream from '../stream.js';
import { stubFn, stubClass } from './stub.js';

export const createCipheriv = stubFn('crypto.createCipheriv', 4);
export const createDecipheriv = stubFn('crypto.createDecipheriv', 4);
export const getCiphers = stubFn('crypto.getCiphers', 0);
export const getCipherInfo = stubFn('crypto.getCipherInfo', 2);
export const Cipheriv = stubClass('crypto.Cipheriv', { base: stream.Transform, protoMethods: ['update', 'final', 'setAutoPadding', 'setAAD', 'getAuthTag'], length: 4 });
export const Decipheriv = stubClass('crypto.Decipheriv', { base: stream.Transform, protoMethods: ['update', 'final', 'setAutoPadding', 'setAAD', 'setAuthTag'], length: 4 });
