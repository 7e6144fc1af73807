// node:dns — bridge to the kernel DNS resolver (a later step): lookups and
// resolvers throw ERR_NOT_IMPLEMENTED naming themselves; the constants and
// the default result order are implemented.
import { stubFn, stubClass } from './internal/stub.js';
import { errorCodes, getDefaultResultOrder, setDefaultResultOrder, resolverMethods } from './internal/dns-common.js';
import promises from './dns__promises.js';

const s = (name, length) => stubFn(`dns.${name}`, length);

const dns = {
  lookup: s('lookup', 3),
  lookupService: s('lookupService', 3),
  Resolver: stubClass('dns.Resolver', { protoMethods: ['cancel', 'setLocalAddress', 'setServers', ...resolverMethods] }),
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: s('setServers', 1),
  ADDRCONFIG: 32,
  ALL: 16,
  V4MAPPED: 8,
  ...errorCodes,
};
for (const m of resolverMethods) dns[m] = s(m, m === 'getServers' ? 0 : 3);
dns.promises = promises;

export default dns;
