// node:sea (node:-only) — a secexec guest is never a single-executable
// application: isSea() is false and the asset functions throw
// ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION, as Node does outside a SEA.
import { makeNodeError } from './internal/validators.js';

function notInSea() {
  return makeNodeError(Error, 'ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION',
    'Operation cannot be invoked when not in a single-executable application');
}

export default {
  isSea() {
    return false;
  },
  getAsset(key, encoding) { // eslint-disable-line no-unused-vars
    throw notInSea();
  },
  getRawAsset(key) { // eslint-disable-line no-unused-vars
    throw notInSea();
  },
  getAssetAsBlob(key, options) { // eslint-disable-line no-unused-vars
    throw notInSea();
  },
  getAssetKeys() {
    throw notInSea();
  },
};
