// node:test/reporters (node:-only) — the reporters of the test runner,
// not available yet: each throws ERR_NOT_IMPLEMENTED naming itself.
import { notImplemented } from '../bootstrap/errors.js';
import { stubFn } from './internal/stub.js';

const reporters = {
  dot: stubFn('test/reporters.dot', 1),
  junit: stubFn('test/reporters.junit', 1),
  spec: stubFn('test/reporters.spec', 1),
  tap: stubFn('test/reporters.tap', 1),
  lcov: undefined,
};
Object.defineProperty(reporters, 'lcov', {
  enumerable: true,
  configurable: true,
  get() { throw notImplemented('test/reporters.lcov'); },
});

export default reporters;
