// node:dns/promises — bridge to the kernel DNS resolver (a later step):
// every lookup rejects with ERR_NOT_IMPLEMENTED naming itself.
import { stubFn, stubAsync, stubClass } from './internal/stub.js';
import { errorCodes, getDefaultResultOrder, setDefaultResultOrder, resolverMethods } from './internal/dns-common.js';

const a = (name, length) => stubAsync(`dnsPromises.${name}`, length);

const dnsPromises = {
  lookup: a('lookup', 2),
  lookupService: a('lookupService', 2),
  Resolver: stubClass('dnsPromises.Resolver', { protoMethods: ['cancel', 'setLocalAddress', 'setServers', ...resolverMethods] }),
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: stubFn('dnsPromises.setServers', 1),
  ...errorCodes,
};
for (const m of resolverMethods) {
  dnsPromises[m] = m === 'getServers' ? stubFn('dnsPromises.getServers', 0) : a(m, 2);
}

export default dnsPromises;
