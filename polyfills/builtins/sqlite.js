// node:sqlite (node:-only) — bridge-backed surface (a later step):
// DatabaseSync / StatementSync / backup throw ERR_NOT_IMPLEMENTED;
// constants are Node 22's.
import { stubAsync, stubClass } from './internal/stub.js';
import { sqliteConstants } from './internal/constants-data.js';

globalThis.process?.emitWarning('SQLite is an experimental feature and might change at any time', 'ExperimentalWarning');

export default {
  DatabaseSync: stubClass('sqlite.DatabaseSync', {
    protoMethods: ['open', 'close', 'prepare', 'exec', 'function', 'aggregate', 'createSession', 'applyChangeset',
      'enableLoadExtension', 'loadExtension', 'location'],
    length: 1,
  }),
  StatementSync: stubClass('sqlite.StatementSync', {
    protoMethods: ['all', 'get', 'run', 'iterate', 'columns', 'setAllowBareNamedParameters', 'setReadBigInts',
      'setReturnArrays', 'setAllowUnknownNamedParameters'],
  }),
  constants: { ...sqliteConstants },
  backup: stubAsync('sqlite.backup', 3),
};
