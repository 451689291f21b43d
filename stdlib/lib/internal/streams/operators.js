'use strict';
// The iterator helpers of Readable: map, filter, flatMap, drop, take (each a new Readable) and
// forEach, toArray, some, every, find, reduce (each a promise). The callbacks get
// { signal }, an AbortSignal that aborts with options.signal. map, filter, flatMap, forEach,
// some, every and find call up to options.concurrency callbacks at once and keep the
// results in input order.

const errors = require('internal/streams/errors');
const validateAbortSignal = require('internal/streams/validate-abort-signal');

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw errors.invalidArgType(name, 'of type function or an instance of AsyncFunction', fn);
}

function validateOptions(options) {
  if (options != null && typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  validateAbortSignal(options?.signal, 'options.signal');
  const concurrency = options?.concurrency ?? 1;
  if (typeof concurrency !== 'number') throw errors.invalidArgType('options.concurrency', 'of type number', concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw errors.outOfRange('options.concurrency', '>= 1 && <= 9007199254740991', concurrency);
  }
  return { outerSignal: options?.signal, concurrency };
}

// The signal the callbacks get: aborted when the caller's signal is.
function linkedSignal(outerSignal) {
  const controller = new AbortController();
  if (outerSignal) {
    if (outerSignal.aborted) controller.abort(outerSignal.reason);
    else outerSignal.addEventListener('abort', () => controller.abort(outerSignal.reason), { once: true });
  }
  return controller.signal;
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw errors.abortError(signal.reason);
}

// fn(chunk, { signal }) for each chunk, up to `concurrency` at a time, results in order.
async function* mapped(stream, fn, options) {
  const { outerSignal, concurrency } = validateOptions(options);
  const signal = linkedSignal(outerSignal);
  throwIfAborted(outerSignal);
  const running = [];
  const start = (chunk) => {
    const result = (async () => fn(chunk, { signal }))();
    result.catch(() => {}); // awaited in order below; an early failure must not go unhandled
    running.push(result);
  };
  for await (const chunk of stream) {
    throwIfAborted(outerSignal);
    start(chunk);
    if (running.length >= concurrency) yield await running.shift();
  }
  while (running.length > 0) {
    throwIfAborted(outerSignal);
    yield await running.shift();
  }
}

function toIntegerOrInfinity(number, name) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw errors.outOfRange(name, '>= 0', number);
  return Math.trunc(number);
}

function install(Readable) {
  const streamReturning = {
    map(fn, options) {
      validateFunction(fn, 'fn');
      validateOptions(options);
      return Readable.from(mapped(this, fn, options));
    },
    filter(fn, options) {
      validateFunction(fn, 'fn');
      validateOptions(options);
      const stream = this;
      return Readable.from(async function* filter() {
        const pairs = mapped(stream, async (chunk, extra) => [await fn(chunk, extra), chunk], options);
        for await (const [keep, chunk] of pairs) if (keep) yield chunk;
      }());
    },
    flatMap(fn, options) {
      validateFunction(fn, 'fn');
      validateOptions(options);
      const stream = this;
      return Readable.from(async function* flatMap() {
        for await (const values of mapped(stream, fn, options)) yield* values;
      }());
    },
    drop(number, options) {
      const { outerSignal } = validateOptions(options);
      number = toIntegerOrInfinity(number, 'number');
      const stream = this;
      return Readable.from(async function* drop() {
        throwIfAborted(outerSignal);
        for await (const chunk of stream) {
          throwIfAborted(outerSignal);
          if (number-- <= 0) yield chunk;
        }
      }());
    },
    take(number, options) {
      const { outerSignal } = validateOptions(options);
      number = toIntegerOrInfinity(number, 'number');
      const stream = this;
      return Readable.from(async function* take() {
        throwIfAborted(outerSignal);
        if (number <= 0) return;
        for await (const chunk of stream) {
          throwIfAborted(outerSignal);
          yield chunk;
          if (--number <= 0) return;
        }
      }());
    },
  };

  const promiseReturning = {
    async forEach(fn, options) {
      validateFunction(fn, 'fn');
      for await (const unused of mapped(this, fn, options));
    },
    async toArray(options) {
      const { outerSignal } = validateOptions(options);
      const result = [];
      for await (const chunk of this) {
        throwIfAborted(outerSignal);
        result.push(chunk);
      }
      return result;
    },
    async some(fn, options) {
      validateFunction(fn, 'fn');
      for await (const result of mapped(this, fn, options)) {
        if (result) return true;
      }
      return false;
    },
    async every(fn, options) {
      validateFunction(fn, 'fn');
      return !(await this.some(async (chunk, extra) => !(await fn(chunk, extra)), options));
    },
    async find(fn, options) {
      validateFunction(fn, 'fn');
      const pairs = mapped(this, async (chunk, extra) => [await fn(chunk, extra), chunk], options);
      for await (const [found, chunk] of pairs) {
        if (found) return chunk;
      }
      return undefined;
    },
    async reduce(reducer, initialValue, options) {
      validateFunction(reducer, 'reducer');
      const { outerSignal } = validateOptions(options);
      const signal = linkedSignal(outerSignal);
      let hasInitialValue = arguments.length > 1;
      let accumulator = initialValue;
      throwIfAborted(outerSignal);
      for await (const chunk of this) {
        throwIfAborted(outerSignal);
        if (!hasInitialValue) {
          accumulator = chunk;
          hasInitialValue = true;
        } else {
          accumulator = await reducer(accumulator, chunk, { signal });
        }
      }
      if (!hasInitialValue) {
        const error = new TypeError('Reduce of an empty stream requires an initial value');
        error.code = 'ERR_MISSING_ARGS';
        throw error;
      }
      return accumulator;
    },
  };

  for (const [name, method] of Object.entries({ ...streamReturning, ...promiseReturning })) {
    Object.defineProperty(Readable.prototype, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
}

module.exports = { install };
