// node:util/types — V8's type predicates from the native binding, looked up
// at call time (the binding exists only once a guest process runs), in
// Node 22's order.  isFloat16Array is always false (V8 10.2 has no
// Float16Array); isKeyObject / isCryptoKey recognise the classes the crypto
// bridge registers through setCryptoClasses().
import { binding } from '../bootstrap/native.js';

const native = [
  'isArgumentsObject', 'isArrayBuffer', 'isAsyncFunction', 'isBigIntObject', 'isBooleanObject',
  'isDataView', 'isDate', 'isExternal', 'isGeneratorFunction', 'isGeneratorObject', 'isMap',
  'isMapIterator', 'isModuleNamespaceObject', 'isNativeError', 'isNumberObject', 'isPromise',
  'isProxy', 'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject',
  'isSymbolObject', 'isWeakMap', 'isWeakSet', 'isAnyArrayBuffer', 'isBoxedPrimitive',
  'isArrayBufferView', 'isTypedArray', 'isUint8Array', 'isUint8ClampedArray', 'isUint16Array',
  'isUint32Array', 'isInt8Array', 'isInt16Array', 'isInt32Array', 'isFloat16Array',
  'isFloat32Array', 'isFloat64Array', 'isBigInt64Array', 'isBigUint64Array',
];

const cryptoClasses = { KeyObject: null, CryptoKey: null };

// For the crypto bridge: the classes whose instances isKeyObject() /
// isCryptoKey() recognise.
export function setCryptoClasses({ KeyObject, CryptoKey } = {}) {
  if (KeyObject) cryptoClasses.KeyObject = KeyObject;
  if (CryptoKey) cryptoClasses.CryptoKey = CryptoKey;
}

const types = {};
for (const name of native) {
  let fn;
  if (name === 'isFloat16Array') {
    fn = { isFloat16Array(value) { return false; } }.isFloat16Array; // eslint-disable-line no-unused-vars
  } else {
    fn = {
      [name](value) {
        return binding.types[name](value);
      },
    }[name];
  }
  types[name] = fn;
}
types.isKeyObject = function isKeyObject(obj) {
  return cryptoClasses.KeyObject !== null && obj != null && obj instanceof cryptoClasses.KeyObject;
};
types.isCryptoKey = function isCryptoKey(obj) {
  return cryptoClasses.CryptoKey !== null && obj != null && obj instanceof cryptoClasses.CryptoKey;
};

export default types;
