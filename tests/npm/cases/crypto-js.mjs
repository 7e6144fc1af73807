// crypto-js (CommonJS) imported from ESM: default import plus a per-algorithm file.
import CryptoJS from 'crypto-js';
import sha256 from 'crypto-js/sha256.js';

console.log(CryptoJS.MD5('hello').toString(), CryptoJS.SHA1('hello').toString());
console.log(sha256('hello').toString(), CryptoJS.SHA512('').toString().slice(0, 32), CryptoJS.SHA3('x', { outputLength: 256 }).toString());
console.log(CryptoJS.HmacSHA256('message', 'key').toString(CryptoJS.enc.Base64));
console.log(CryptoJS.PBKDF2('password', CryptoJS.enc.Hex.parse('0011223344556677'), { keySize: 256 / 32, iterations: 1000, hasher: CryptoJS.algo.SHA256 }).toString());
const key = CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f');
const iv = CryptoJS.enc.Hex.parse('0f0e0d0c0b0a09080706050403020100');
const enc = CryptoJS.AES.encrypt('secret message', key, { iv, mode: CryptoJS.mode.CBC, padding: CryptoJS.pad.Pkcs7 });
console.log(enc.toString(), CryptoJS.AES.decrypt(enc.toString(), key, { iv }).toString(CryptoJS.enc.Utf8));
console.log(CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('Grüße')), CryptoJS.RIPEMD160('abc').toString());
