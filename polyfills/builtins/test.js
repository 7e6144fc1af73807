// node:test (node:-only) — the test runner needs process orchestration
// (run() spawns test files): every entry point throws ERR_NOT_IMPLEMENTED
// naming itself for now; the export is a function, as in Node.
import { stubFn, stubAsync } from './internal/stub.js';

const test = stubFn('test', 3);
const props = {
  skip: stubFn('test.skip', 3),
  todo: stubFn('test.todo', 3),
  only: stubFn('test.only', 3),
  after: stubFn('test.after', 2),
  afterEach: stubFn('test.afterEach', 2),
  before: stubFn('test.before', 2),
  beforeEach: stubFn('test.beforeEach', 2),
  describe: stubFn('test.describe', 3),
  it: stubFn('test.it', 3),
  run: stubFn('test.run', 1),
  suite: stubFn('test.suite', 3),
  test,
  mock: {},
  snapshot: {
    setDefaultSnapshotSerializers: stubFn('test.snapshot.setDefaultSnapshotSerializers', 1),
    setResolveSnapshotPath: stubFn('test.snapshot.setResolveSnapshotPath', 1),
  },
  assert: {
    register: stubFn('test.assert.register', 2),
  },
};
for (const k of ['skip', 'todo', 'only']) {
  props.describe[k] = stubFn(`test.describe.${k}`, 3);
  props.it[k] = stubFn(`test.it.${k}`, 3);
}
for (const m of ['fn', 'getter', 'setter', 'method', 'module', 'property', 'reset', 'restoreAll']) {
  Object.defineProperty(props.mock, m, { value: stubFn(`test.mock.${m}`), enumerable: false, writable: true, configurable: true });
}
Object.defineProperty(props.mock, 'timers', {
  enumerable: false, configurable: true, get() { return stubAsync('test.mock.timers'); },
});
Object.assign(test, props);

export default test;
