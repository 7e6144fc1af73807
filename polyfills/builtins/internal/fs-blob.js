// fs.openAsBlob(path[, { type }]): a Blob of the file's contents. Node's
// Blob is backed by the file and read lazily (reading fails with
// NotReadableError once the file changes); this one holds the bytes read
// at the call. A file that cannot be read throws as Node's does when it
// cannot open it.
import { binding } from '../../bootstrap/native.js';
import { Blob } from '../blob.js';
import { fsRef, getValidatedPath, toNative, validateObject, validateString, nodeError } from './fs-utils.js';

export function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  let bytes;
  try {
    bytes = binding.readFile(toNative(path));
  } catch {
    try {
      bytes = fsRef.fs.readFileSync(path);
    } catch {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Unable to open file as blob');
    }
  }
  return Promise.resolve(new Blob([bytes], { type }));
}
