// perf_hooks: user timing, observers, timerify, histograms, event-loop
// delay and utilisation. Times vary between runs: shapes and relations only.
const ph = require('node:perf_hooks');
const { performance: perf, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure, createHistogram,
  monitorEventLoopDelay } = ph;
const t = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', r && r.constructor ? r.constructor.name : r, r && r.name);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
const shape = (e) => [e.constructor.name, e.name, e.entryType, typeof e.startTime, typeof e.duration,
  JSON.stringify(e.detail)];

console.log('exports', Object.keys(ph), ph.performance === globalThis.performance);
console.log('global', typeof Object.getOwnPropertyDescriptor(globalThis, 'performance').get, String(perf),
  perf instanceof EventTarget, perf instanceof ph.Performance);
console.log('proto', Object.getOwnPropertyNames(Object.getPrototypeOf(perf)));
console.log('timeOrigin', typeof perf.timeOrigin, Math.abs(perf.timeOrigin + perf.now() - Date.now()) < 1000);
console.log('toJSON', Object.keys(perf.toJSON()), perf.toJSON().eventLoopUtilization);
console.log('nodeTiming', perf.nodeTiming.name, perf.nodeTiming.entryType, perf.nodeTiming.loopStart,
  perf.nodeTiming.loopExit, perf.nodeTiming.nodeStart >= 0, Object.keys(perf.nodeTiming));
console.log('supported', PerformanceObserver.supportedEntryTypes);
console.log('constants', ph.constants);

// marks and measures
const a = perf.mark('A', { detail: { step: 1 } });
const b = perf.mark('B', { startTime: 5 });
console.log('mark', shape(a), b.startTime, a instanceof PerformanceEntry, a instanceof PerformanceMark,
  Object.keys(a), Object.keys(a.toJSON()));
const m1 = perf.measure('A to now', 'A');
const m2 = perf.measure('B to A', 'B', 'A');
const m3 = perf.measure('opts', { start: 2, duration: 3, detail: [1, 2] });
const m4 = perf.measure('opts end', { start: 'B', end: 10 });
const m5 = perf.measure('from origin');
console.log('measure', shape(m1), m2.startTime, m2.duration === a.startTime - 5, m3.startTime, m3.duration,
  m3.detail, m4.duration, m5.startTime, m1 instanceof PerformanceMeasure);
console.log('entries', perf.getEntries().map((e) => e.name), perf.getEntriesByType('mark').map((e) => e.name),
  perf.getEntriesByName('B').length, perf.getEntriesByName('B', 'measure').length, perf.getEntriesByType('bogus'));
perf.mark('A');
console.log('same name', perf.getEntriesByName('A').length);
perf.clearMarks('A');
console.log('clearMarks(A)', perf.getEntriesByType('mark').map((e) => e.name));
perf.clearMeasures('opts');
console.log('clearMeasures(opts)', perf.getEntriesByType('measure').map((e) => e.name));
perf.clearMarks();
perf.clearMeasures();
console.log('cleared', perf.getEntries().length);
console.log('inspect', require('node:util').inspect(new PerformanceMark('X', { startTime: 1.5, detail: 'd' })));

// errors
t('mark()', () => perf.mark());
t('mark options', () => perf.mark('x', 1));
t('mark startTime', () => perf.mark('x', { startTime: -1 }));
t('mark startTime type', () => perf.mark('x', { startTime: 'a' }));
t('mark nodeStart', () => perf.mark('nodeStart'));
t('measure()', () => perf.measure());
t('measure unknown', () => perf.measure('m', 'nope'));
t('measure all three', () => perf.measure('m', { start: 1, end: 2, duration: 1 }));
t('measure endMark', () => perf.measure('m', { start: 1 }, 'x'));
t('measure negative', () => perf.measure('m', { start: -1 }));
t('measure nodeStart', () => perf.measure('m', 'nodeStart'));
t('new PerformanceEntry', () => new PerformanceEntry());
t('new PerformanceMeasure', () => new PerformanceMeasure());
t('new Performance', () => new ph.Performance());
t('getEntriesByName()', () => perf.getEntriesByName());
t('getEntriesByType()', () => perf.getEntriesByType());
t('clearMarks(nodeStart)', () => perf.clearMarks('nodeStart'));
t('bad this', () => perf.toJSON.call({}));
t('now bad this', () => { const { now } = perf; return now(); });
t('observer()', () => new PerformanceObserver());
t('observe()', () => new PerformanceObserver(() => {}).observe());
t('observe entryTypes string', () => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }));
t('observe both', () => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' }));
t('timerify(1)', () => perf.timerify(1));
t('timerify histogram', () => perf.timerify(() => {}, { histogram: {} }));
t('createHistogram lowest', () => createHistogram({ lowest: 0 }));
t('createHistogram figures', () => createHistogram({ figures: 6 }));
t('record(0)', () => createHistogram().record(0));
t('record(1.5)', () => createHistogram().record(1.5));
t('record string', () => createHistogram().record('1'));
t('record big', () => createHistogram().record(2n ** 64n));
t('add(1)', () => createHistogram().add(1));
t('percentile(0)', () => createHistogram().percentile(0));
t('percentile(101)', () => createHistogram().percentile(101));
t('resolution 0', () => monitorEventLoopDelay({ resolution: 0 }));
t('resolution string', () => monitorEventLoopDelay({ resolution: 'a' }));

// histograms
const h = createHistogram();
console.log('empty', h.count, h.min, h.max, h.mean, h.stddev, h.exceeds, h.percentile(50), h.percentiles, h.minBigInt);
for (const v of [1, 5, 5, 100, 1000, 2047, 3, 3, 3]) h.record(v);
h.record(7n);
console.log('recorded', h.count, h.countBigInt, h.min, h.max, h.mean, h.stddev.toFixed(6), h.percentile(50),
  h.percentile(99), h.percentileBigInt(100), h.percentiles, h.toJSON());
const big = createHistogram();
for (const v of [3000, 5001, 123456, 1e9 + 7]) big.record(v);
console.log('buckets', big.min, big.max, big.mean, big.percentiles, big.percentile(50));
const h2 = createHistogram();
h2.record(9);
h.add(h2);
console.log('add', h.count, h.max);
h.recordDelta();
h.reset();
console.log('reset', h.count, h.min, h.max, h.exceeds);
const small = createHistogram({ highest: 10 });
small.record(5);
small.record(100000);
console.log('exceeds', small.count, small.exceeds, small.max);
console.log('histogram inspect', require('node:util').inspect(createHistogram()).split('\n')[0]);
console.log('histogram proto', Object.getOwnPropertyNames(Object.getPrototypeOf(h)),
  Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(h))));

// observers, timerify, event loop
const seen = [];
const obs = new PerformanceObserver((list, observer) => {
  seen.push(list.getEntries().map((e) => `${e.entryType}:${e.name}`).join(','));
  seen.push(`byType ${list.getEntriesByType('mark').length} byName ${list.getEntriesByName('t1').length}`);
  seen.push(`same observer ${observer === obs}`);
});
obs.observe({ entryTypes: ['mark', 'measure', 'function'] });
const timed = perf.timerify(function work(x) { return x * 2; });
console.log('timerify', timed.name, timed.length, timed(21), perf.timerify(timed) === timed || 'distinct');
perf.mark('t1');
perf.measure('t1 to now', 't1');
console.log('takeRecords', obs.takeRecords().map((e) => e.name));
perf.mark('t2');
console.log('sync, not yet delivered', seen.length);
const hist = createHistogram();
const timed2 = perf.timerify(async function later() { return 1; }, { histogram: hist });
const eld = monitorEventLoopDelay({ resolution: 1 });
console.log('eld', eld.constructor.name, eld.enable(), eld.enable());
setImmediate(async () => {
  console.log('delivered', seen);
  obs.disconnect();
  perf.mark('after disconnect');
  await timed2();
  console.log('histogram after async timerify', hist.count);
  const buffered = [];
  const late = new PerformanceObserver((list) => buffered.push(list.getEntries().map((e) => e.name)));
  late.observe({ type: 'mark', buffered: true });
  const u1 = perf.eventLoopUtilization();
  const start = Date.now();
  const timer = setInterval(() => {
    if (Date.now() - start < 40) return;
    clearInterval(timer);
    const u2 = perf.eventLoopUtilization(u1);
    console.log('elu', Object.keys(u2), u2.utilization >= 0 && u2.utilization <= 1, u2.idle >= 0, u2.active >= 0,
      perf.nodeTiming.loopStart > 0, perf.nodeTiming.idleTime >= 0);
    const u3 = perf.eventLoopUtilization(u2, u1);
    console.log('elu delta', typeof u3.utilization);
    console.log('buffered', buffered);
    console.log('eld disable', eld.disable(), eld.disable());
    console.log('eld', eld.count > 0, eld.min > 0, eld.max >= eld.min, eld.mean > 0, eld.stddev >= 0,
      eld.percentile(50) > 0, eld.percentiles.size > 0, eld.exceeds);
    eld.reset();
    console.log('eld reset', eld.count);
  }, 2);
});
