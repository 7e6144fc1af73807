// crypto's key agreement and primes (DiffieHellman, DiffieHellmanGroup,
// ECDH, diffieHellman, getCurves, generatePrime, checkPrime) over OpenSSL.
// Not implemented yet.
import { stubFn, stubClass } from './stub.js';

export const createDiffieHellman = stubFn('crypto.createDiffieHellman', 4);
export const createDiffieHellmanGroup = stubFn('crypto.createDiffieHellmanGroup', 1);
export const getDiffieHellman = stubFn('crypto.getDiffieHellman', 1);
export const createECDH = stubFn('crypto.createECDH', 1);
export const diffieHellman = stubFn('crypto.diffieHellman', 2);
export const getCurves = stubFn('crypto.getCurves', 0);
export const generatePrime = stubFn('crypto.generatePrime', 3);
export const generatePrimeSync = stubFn('crypto.generatePrimeSync', 2);
export const checkPrime = stubFn('crypto.checkPrime', 3);
export const checkPrimeSync = stubFn('crypto.checkPrimeSync', 2);
export const DiffieHellman = stubClass('crypto.DiffieHellman', { protoMethods: ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey', 'setPublicKey', 'setPrivateKey'], length: 4 });
export const DiffieHellmanGroup = stubClass('crypto.DiffieHellmanGroup', { protoMethods: ['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey'], length: 1 });
export const ECDH = stubClass('crypto.ECDH', { protoMethods: ['generateKeys', 'computeSecret', 'getPublicKey', 'getPrivateKey', 'setPublicKey', 'setPrivateKey'], staticMethods: ['convertKey'], length: 1 });
