'use strict';
// The performance timeline's entries: PerformanceEntry (name, entryType, startTime,
// duration, detail) and its kinds PerformanceMark and PerformanceMeasure. Only the timeline
// makes them (through kCreate); user code may construct a PerformanceMark.

const { inspect } = require('internal/util/inspect');

const kCreate = Symbol('kCreate');

function illegalConstructor() {
  const error = new TypeError('Illegal constructor');
  error.code = 'ERR_ILLEGAL_CONSTRUCTOR';
  return error;
}

// Milliseconds since the process started, as performance.now() counts them.
function now() {
  return process.uptime() * 1000;
}

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(key = undefined, name, type, start, duration, detail = null) {
    if (key !== kCreate) throw illegalConstructor();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  get name() {
    return this.#name;
  }

  get entryType() {
    return this.#type;
  }

  get startTime() {
    return this.#start;
  }

  get duration() {
    return this.#duration;
  }

  get detail() {
    return this.#detail;
  }

  toJSON() {
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
      detail: this.#detail,
    };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, { value: 'PerformanceEntry', configurable: true });

class PerformanceMark extends PerformanceEntry {
  // new PerformanceMark ( name [, { detail, startTime }] )
  constructor(name, options = undefined) {
    if (arguments.length === 0) {
      const error = new TypeError('The "name" argument must be specified');
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    if (options != null && typeof options !== 'object') {
      const { invalidArgType } = require('internal/errors');
      throw invalidArgType('options', 'of type object', options);
    }
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') {
      const { invalidArgType } = require('internal/errors');
      throw invalidArgType('options.startTime', 'of type number', startTime);
    }
    if (startTime < 0) {
      const error = new TypeError(`${startTime} is not a valid timestamp`);
      error.code = 'ERR_PERFORMANCE_INVALID_TIMESTAMP';
      throw error;
    }
    const detail = options?.detail === undefined ? null : require('internal/structured_clone').structuredClone(options.detail);
    super(kCreate, `${name}`, 'mark', startTime, 0, detail);
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });

class PerformanceMeasure extends PerformanceEntry {
  constructor(key = undefined, name, start, duration, detail) {
    if (key !== kCreate) throw illegalConstructor();
    super(kCreate, name, 'measure', start, duration, detail);
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, { value: 'PerformanceMeasure', configurable: true });

module.exports = { PerformanceEntry, PerformanceMark, PerformanceMeasure, kCreate, now, illegalConstructor };
