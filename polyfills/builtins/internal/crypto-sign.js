// crypto's signatures and RSA encryption (sign, verify, createSign,
// createVerify, publicEncrypt, privateDecrypt, privateEncrypt,
// publicDecrypt) over OpenSSL EVP_PKEY. Not implemented yet.
import stream from '../stream.js';
import { stubFn, stubClass } from './stub.js';

export const sign = stubFn('crypto.sign', 4);
export const verify = stubFn('crypto.verify', 5);
export const createSign = stubFn('crypto.createSign', 2);
export const createVerify = stubFn('crypto.createVerify', 2);
export const publicEncrypt = stubFn('crypto.publicEncrypt', 2);
export const privateDecrypt = stubFn('crypto.privateDecrypt', 2);
export const privateEncrypt = stubFn('crypto.privateEncrypt', 2);
export const publicDecrypt = stubFn('crypto.publicDecrypt', 2);
export const Sign = stubClass('crypto.Sign', { base: stream.Writable, protoMethods: ['update', 'sign'], length: 2 });
export const Verify = stubClass('crypto.Verify', { base: stream.Writable, protoMethods: ['update', 'verify'], length: 2 });
