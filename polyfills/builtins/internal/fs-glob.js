// fs.glob / fs.globSync / fsPromises.glob (experimental in Node 22): not
// implemented yet; they throw ERR_NOT_IMPLEMENTED naming themselves.
import { stubFn } from './stub.js';
import { notImplemented } from '../../bootstrap/errors.js';

export const glob = stubFn('fs.glob', 3);
export const globSync = stubFn('fs.globSync', 2);

// eslint-disable-next-line no-unused-vars
export function promisesGlob(pattern, options) {
  throw notImplemented('fsPromises.glob');
}
Object.defineProperty(promisesGlob, 'name', { value: 'glob' });
Object.defineProperty(promisesGlob, Symbol.for('secexec.notImplemented'), { value: 'fsPromises.glob' });
