'use strict';
// perf_hooks: the performance timeline. performance.mark/measure add entries to a buffer
// (getEntries* read it, clearMarks/clearMeasures empty it; markResourceTiming adds 'resource' entries) and hand them to the
// PerformanceObservers watching their type, in one batch per observer on a later turn of the
// loop (setImmediate). timerify records 'function' entries while someone observes them.

const {
  PerformanceEntry, PerformanceMark, PerformanceMeasure, kCreate, now, illegalConstructor,
} = require('internal/perf/entries');
const { PerformanceResourceTiming } = require('internal/perf/resource_timing');
const { invalidArgType, invalidArgValue } = require('internal/errors');
const { DOMException } = require('internal/dom_exception');

const kSupportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const timeOrigin = Date.now() - now();
const buffer = []; // marks, measures and resource timings, in creation order
const observers = new Set();

function notImplemented(name) {
  const error = new Error(`${name} is not implemented`);
  error.code = 'ERR_NOT_IMPLEMENTED';
  return error;
}

function missingArgs(name) {
  const error = new TypeError(`The "${name}" argument must be specified`);
  error.code = 'ERR_MISSING_ARGS';
  return error;
}

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function filterEntries(entries, name, type) {
  return entries.filter((entry) => (name === undefined || entry.name === name) &&
    (type === undefined || entry.entryType === type)).sort(byStartTime);
}

// Gives a new entry to the observers of its type.
function enqueue(entry) {
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

class PerformanceObserverEntryList {
  #entries;

  constructor(key = undefined, entries) {
    if (key !== kCreate) throw illegalConstructor();
    this.#entries = entries.sort(byStartTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    return filterEntries(this.#entries, undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    return filterEntries(this.#entries, `${name}`, type === undefined ? undefined : `${type}`);
  }
}

const kMaybeBuffer = Symbol('kMaybeBuffer');

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #scheduled = null;

  constructor(callback) {
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  // observe ( { entryTypes } | { type, buffered } )
  observe(options = {}) {
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw missingArgs('options.entryTypes" or "options.type');
    if (entryTypes !== undefined && type !== undefined) {
      const error = new TypeError('The property \'options.entryTypes\' can not be used with \'options.type\'. ' +
        `Received ${require('internal/util/inspect').inspect(entryTypes)}`);
      error.code = 'ERR_INVALID_ARG_VALUE';
      throw error;
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw invalidArgType('options.entryTypes', 'an instance of Array', entryTypes);
      this.#types.clear();
      for (const entryType of entryTypes) {
        if (kSupportedEntryTypes.includes(entryType)) this.#types.add(entryType);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        for (const entry of filterEntries(buffer, undefined, type)) this[kMaybeBuffer](entry);
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    this.#types.clear();
    this.#buffer = [];
    if (this.#scheduled) {
      clearImmediate(this.#scheduled);
      this.#scheduled = null;
    }
  }

  takeRecords() {
    const records = this.#buffer;
    this.#buffer = [];
    return records;
  }

  [kMaybeBuffer](entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    this.#scheduled ??= setImmediate(() => {
      this.#scheduled = null;
      const records = this.takeRecords();
      if (records.length > 0) this.#callback(new PerformanceObserverEntryList(kCreate, records), this);
    });
  }
}

// The end points measure() takes: a mark's name or a time.
function markTime(name, which) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new DOMException(`${which} cannot be negative`, 'TypeError');
    return name;
  }
  const mark = buffer.findLast((entry) => entry.entryType === 'mark' && entry.name === `${name}`);
  if (mark === undefined) throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return mark.startTime;
}

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw illegalConstructor();
    super();
  }

  now() {
    return now();
  }

  get timeOrigin() {
    return timeOrigin;
  }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    const mark = new PerformanceMark(name, options);
    buffer.push(mark);
    enqueue(mark);
    return mark;
  }

  // measure ( name [, startMark | { start, end, duration, detail } [, endMark]] )
  measure(name, startOrOptions = undefined, endMark = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    let start;
    let end;
    let duration;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      if (endMark !== undefined) {
        const error = new TypeError('endMark must not be specified');
        error.code = 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS';
        throw error;
      }
      ({ start, end, duration } = startOrOptions);
      if (startOrOptions.detail !== undefined) detail = require('internal/structured_clone').structuredClone(startOrOptions.detail);
      start = markTime(start, 'start');
      end = markTime(end, 'end');
      if (duration !== undefined) {
        if (typeof duration !== 'number') throw invalidArgType('options.duration', 'of type number', duration);
        if (end === undefined) end = (start ?? 0) + duration;
        else if (start === undefined) start = end - duration;
      }
    } else {
      start = markTime(startOrOptions, 'startMark');
      end = markTime(endMark, 'endMark');
    }
    start ??= 0;
    end ??= now();
    const measure = new PerformanceMeasure(kCreate, `${name}`, start, end - start, detail);
    buffer.push(measure);
    enqueue(measure);
    return measure;
  }

  clearMarks(name = undefined) {
    clearEntries('mark', name);
  }

  clearMeasures(name = undefined) {
    clearEntries('measure', name);
  }

  getEntries() {
    return filterEntries(buffer);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw missingArgs('name');
    return filterEntries(buffer, `${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    return filterEntries(buffer, undefined, `${type}`);
  }

  // timerify ( fn ): a wrapper that records a 'function' entry for each call while someone
  // observes that type.
  timerify(fn, options = {}) {
    if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    if (options.histogram !== undefined) throw notImplemented('performance.timerify() with options.histogram');
    function timerified(...args) {
      const start = now();
      const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      const entry = new PerformanceEntry(kCreate, fn.name, 'function', start, now() - start, args);
      enqueue(entry);
      return result;
    }
    Object.defineProperties(timerified, {
      length: { value: fn.length, configurable: true },
      name: { value: `timerified ${fn.name}`, configurable: true },
    });
    return timerified;
  }

  eventLoopUtilization() {
    throw notImplemented('performance.eventLoopUtilization()');
  }

  get nodeTiming() {
    throw notImplemented('performance.nodeTiming');
  }

  // markResourceTiming ( timingInfo, requestedUrl, initiatorType, global, cacheMode ): records
  // a fetch's 'resource' entry (cacheMode '' or 'local', a response from the local cache).
  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
    if (cacheMode !== '' && cacheMode !== 'local') {
      throw invalidArgValue('cacheMode', cacheMode, "must be an empty string or 'local'");
    }
    const entry = new PerformanceResourceTiming(kCreate, requestedUrl, timingInfo, initiatorType, cacheMode);
    buffer.push(entry);
    enqueue(entry);
    return entry;
  }

  clearResourceTimings() {
    clearEntries('resource');
  }

  setResourceTimingBufferSize() {
    throw notImplemented('performance.setResourceTimingBufferSize()');
  }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

function clearEntries(type, name) {
  for (let i = buffer.length - 1; i >= 0; i--) {
    if (buffer[i].entryType === type && (name === undefined || buffer[i].name === `${name}`)) buffer.splice(i, 1);
  }
}

const performance = new Performance(kCreate);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay() {
    throw notImplemented('perf_hooks.monitorEventLoopDelay()');
  },
  createHistogram() {
    throw notImplemented('perf_hooks.createHistogram()');
  },
  performance,
  constants: Object.freeze({
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  }),
};
