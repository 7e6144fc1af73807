// node:perf_hooks — the global `performance` and its entry/observer classes
// (polyfills/bootstrap/performance.js), and the histograms: Node's are
// HdrHistogram; these keep the same buckets (lowest 1, `figures`
// significant digits), so min/max/mean/stddev/percentiles round as Node's
// do. monitorEventLoopDelay samples with an unref'd internal interval
// timer. PerformanceResourceTiming exists for instanceof checks only (no
// fetch timing is recorded).
import { binding } from '../bootstrap/native.js';
import { perfHooksConstants } from './internal/constants-data.js';
import { makeNodeError, invalidArgType, outOfRange } from '../bootstrap/errors.js';
import { inspect } from '../bootstrap/inspect.js';
import {
  Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserver,
  PerformanceObserverEntryList, kRecordable,
} from '../bootstrap/performance.js';
import { Timeout, clearTimeout } from '../bootstrap/timers.js';

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kToken = Symbol('kToken');
const INT64_MAX_NUMBER = 9223372036854775807;
const INT64_MAX = 9223372036854775807n;

function validateInteger(value, name, min, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') throw invalidArgType(name, 'of type object', value);
}

// Bits needed for `v` (a non-negative integer up to 2**53).
function bitLength(v) {
  if (v >= 2 ** 32) return 64 - Math.clz32(Math.floor(v / 2 ** 32));
  return 32 - Math.clz32(v);
}

// HdrHistogram's bucket arithmetic for lowest = 1: values below
// subBucketCount are exact; above, each bucket doubles the unit.
class HdrCounts {
  constructor(highest, figures) {
    this.highest = highest;
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log2(largestSingleUnit));
    this.subBucketHalfCountMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.subBucketCount = 2 ** (this.subBucketHalfCountMagnitude + 1);
    this.counts = new Map(); // lowest equivalent value -> count
    this.total = 0;
    this.minValue = INT64_MAX_NUMBER;
    this.maxValue = 0;
  }

  bucketOf(v) {
    if (v < this.subBucketCount) return 0;
    return bitLength(v) - (this.subBucketHalfCountMagnitude + 1);
  }

  lowestEquivalent(v) {
    const b = this.bucketOf(v);
    return Math.floor(v / 2 ** b) * 2 ** b;
  }

  rangeSize(v) {
    return 2 ** this.bucketOf(v);
  }

  highestEquivalent(v) {
    return this.lowestEquivalent(v) + this.rangeSize(v) - 1;
  }

  medianEquivalent(v) {
    return this.lowestEquivalent(v) + Math.floor(this.rangeSize(v) / 2);
  }

  record(v, n = 1) {
    if (v > this.highest) return false;
    const key = this.lowestEquivalent(v);
    this.counts.set(key, (this.counts.get(key) || 0) + n);
    this.total += n;
    if (v < this.minValue && v !== 0) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
    return true;
  }

  sorted() {
    return [...this.counts].sort((a, b) => a[0] - b[0]);
  }

  min() {
    return this.minValue === INT64_MAX_NUMBER ? INT64_MAX_NUMBER : this.lowestEquivalent(this.minValue);
  }

  max() {
    return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  mean() {
    let sum = 0;
    for (const [v, c] of this.counts) sum += this.medianEquivalent(v) * c;
    return sum / this.total;
  }

  stddev() {
    const mean = this.mean();
    let dev = 0;
    for (const [v, c] of this.counts) dev += (this.medianEquivalent(v) - mean) ** 2 * c;
    return Math.sqrt(dev / this.total);
  }

  valueAtPercentile(p) {
    const requested = Math.min(p, 100);
    const target = Math.max(Math.trunc((requested / 100) * this.total + 0.5), 1);
    let cumulative = 0;
    let value = 0;
    for (const [v, c] of this.sorted()) {
      cumulative += c;
      value = v;
      if (cumulative >= target) break;
    }
    if (this.total === 0) return 0;
    return p === 0 ? this.lowestEquivalent(value) : this.highestEquivalent(value);
  }

  // HdrHistogram's percentile iterator with one tick per half distance;
  // each value is its bucket's lowest, as Node reports them.
  percentiles() {
    const out = new Map();
    const entries = this.sorted();
    let i = -1;
    let cumulative = 0;
    let count = 0;
    let value = 0;
    let next = 0;
    const advance = () => {
      if (i + 1 >= entries.length) return false;
      i++;
      [value, count] = entries[i];
      cumulative += count;
      return true;
    };
    for (;;) {
      if (!(cumulative < this.total)) {
        out.set(100, value);
        return out;
      }
      if (i === -1 && !advance()) return out;
      let found = false;
      do {
        const current = (100 * cumulative) / this.total;
        if (count !== 0 && next <= current) {
          out.set(next, value);
          const halfDistance = 2 ** (Math.trunc(Math.log(100 / (100 - next)) / Math.log(2)) + 1);
          next += 100 / halfDistance;
          found = true;
          break;
        }
      } while (advance());
      if (!found) {
        out.set(100, value);
        return out;
      }
    }
  }

  reset() {
    this.counts.clear();
    this.total = 0;
    this.minValue = INT64_MAX_NUMBER;
    this.maxValue = 0;
  }
}

function validatePercentile(percentile) {
  if (typeof percentile !== 'number') throw invalidArgType('percentile', 'of type number', percentile);
  if (!(percentile > 0 && percentile <= 100)) throw outOfRange('percentile', '> 0 && <= 100', percentile);
}

// Set by Histogram's static block: they reach its private state.
let recordValue;
let recordDelta;
let addHistogram;

class Histogram {
  #h;
  #count = 0;
  #exceeds = 0;
  #prev = 0n;

  constructor(token, lowest, highest, figures) {
    if (token !== kToken) throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    this.#h = new HdrCounts(highest, figures);
  }

  get count() { return this.#count; }

  get countBigInt() { return BigInt(this.#count); }

  get min() { return this.#h.min(); }

  get minBigInt() { return this.#h.minValue === INT64_MAX_NUMBER ? INT64_MAX : BigInt(this.#h.min()); }

  get max() { return this.#h.max(); }

  get maxBigInt() { return BigInt(this.#h.max()); }

  get mean() { return this.#h.mean(); }

  get exceeds() { return this.#exceeds; }

  get exceedsBigInt() { return BigInt(this.#exceeds); }

  get stddev() { return this.#h.stddev(); }

  percentile(percentile) {
    validatePercentile(percentile);
    return this.#h.valueAtPercentile(percentile);
  }

  percentileBigInt(percentile) {
    validatePercentile(percentile);
    return BigInt(this.#h.valueAtPercentile(percentile));
  }

  get percentiles() { return this.#h.percentiles(); }

  get percentilesBigInt() { return this.#h.percentiles(); }

  reset() {
    this.#h.reset();
    this.#count = 0;
    this.#exceeds = 0;
    this.#prev = 0n;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds, stddev: this.stddev, count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }

  static {
    recordValue = (self, value) => {
      if (self.#h.record(value)) self.#count++;
      else self.#exceeds++;
    };
    recordDelta = (self) => {
      const t = binding.hrtime();
      if (self.#prev > 0n) {
        const delta = Number(t - self.#prev);
        if (delta > 0) recordValue(self, delta);
      }
      self.#prev = t;
    };
    addHistogram = (self, other) => {
      for (const [v, c] of other.#h.counts) self.#h.record(v, c);
      if (other.#h.total > 0) {
        self.#h.minValue = Math.min(self.#h.minValue, other.#h.minValue);
        self.#h.maxValue = Math.max(self.#h.maxValue, other.#h.maxValue);
      }
      self.#count += other.#count;
      self.#exceeds += other.#exceeds;
    };
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') {
      if (val < 1n || val > INT64_MAX) throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', 'value is out of range');
      recordValue(this, Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    recordValue(this, val);
  }

  recordDelta() {
    recordDelta(this);
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw invalidArgType('other', 'an instance of RecordableHistogram', other);
    }
    addHistogram(this, other);
  }
}
Object.defineProperty(RecordableHistogram.prototype, kRecordable, { value: true });

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest));
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kToken, Number(lowest), Number(highest), figures);
}

// The event-loop delay monitor: each `resolution` ms an unref'd internal
// timer records the time since its previous run, in nanoseconds.
class ELDHistogram extends Histogram {
  #resolution;
  #timer = null;

  constructor(token, resolution) {
    super(token, 1, Number.MAX_SAFE_INTEGER, 3);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    recordDelta(this);
    this.#timer = new Timeout(() => recordDelta(this), this.#resolution, [], true);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearTimeout(this.#timer);
    this.#timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  if (typeof resolution !== 'number') throw invalidArgType('options.resolution', 'of type number', resolution);
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kToken, resolution);
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }
}

const perfHooks = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance: globalThis.performance,
  constants: { ...perfHooksConstants },
};
export default perfHooks;
