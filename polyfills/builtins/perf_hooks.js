// node:perf_hooks — `performance` is the global one (the bootstrap's);
// constants are implemented; the entry/observer/histogram classes throw
// ERR_NOT_IMPLEMENTED naming themselves.
import { stubFn, stubClass } from './internal/stub.js';
import { perfHooksConstants } from './internal/constants-data.js';

class Performance {
  constructor() {
    throw new TypeError('Illegal constructor');
  }
}

const perfHooks = {
  Performance,
  PerformanceEntry: stubClass('perf_hooks.PerformanceEntry', { protoMethods: ['toJSON'] }),
  PerformanceMark: stubClass('perf_hooks.PerformanceMark', { length: 1 }),
  PerformanceMeasure: stubClass('perf_hooks.PerformanceMeasure'),
  PerformanceObserver: stubClass('perf_hooks.PerformanceObserver', {
    protoMethods: ['observe', 'disconnect', 'takeRecords'], length: 1,
  }),
  PerformanceObserverEntryList: stubClass('perf_hooks.PerformanceObserverEntryList', {
    protoMethods: ['getEntries', 'getEntriesByType', 'getEntriesByName'],
  }),
  PerformanceResourceTiming: stubClass('perf_hooks.PerformanceResourceTiming'),
  monitorEventLoopDelay: stubFn('perf_hooks.monitorEventLoopDelay', 0),
  createHistogram: stubFn('perf_hooks.createHistogram', 0),
  performance: globalThis.performance,
  constants: { ...perfHooksConstants },
};
export default perfHooks;
