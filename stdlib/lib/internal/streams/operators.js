'use strict';
// The iterator helpers of Readable: map, filter, flatMap, drop, take (each a new Readable) and
// forEach, toArray, some, every, find, reduce (each a promise). They process one chunk at a
// time; a concurrency above 1 is not implemented yet and throws.

const errors = require('internal/streams/errors');
const validateAbortSignal = require('internal/streams/validate-abort-signal');

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw errors.invalidArgType(name, 'of type function or an instance of AsyncFunction', fn);
}

function validateOptions(options) {
  if (options != null && typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  validateAbortSignal(options?.signal, 'options.signal');
  const concurrency = options?.concurrency;
  if (concurrency !== undefined) {
    if (typeof concurrency !== 'number') throw errors.invalidArgType('options.concurrency', 'of type number', concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw errors.outOfRange('options.concurrency', '>= 1 && <= 9007199254740991', concurrency);
    }
    if (concurrency > 1) throw errors.notImplemented('readable operators with options.concurrency above 1');
  }
  return options?.signal;
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw errors.abortError(signal.reason);
}

// Each (chunk, { signal }) the stream yields, stopping early when the signal aborts.
async function* chunks(stream, signal) {
  for await (const chunk of stream) {
    throwIfAborted(signal);
    yield chunk;
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
      const signal = validateOptions(options);
      const stream = this;
      return Readable.from(async function* map() {
        for await (const chunk of chunks(stream, signal)) yield await fn(chunk, { signal });
      }());
    },
    filter(fn, options) {
      validateFunction(fn, 'fn');
      const signal = validateOptions(options);
      const stream = this;
      return Readable.from(async function* filter() {
        for await (const chunk of chunks(stream, signal)) {
          if (await fn(chunk, { signal })) yield chunk;
        }
      }());
    },
    flatMap(fn, options) {
      validateFunction(fn, 'fn');
      const signal = validateOptions(options);
      const stream = this;
      return Readable.from(async function* flatMap() {
        for await (const chunk of chunks(stream, signal)) yield* await fn(chunk, { signal });
      }());
    },
    drop(number, options) {
      const signal = validateOptions(options);
      number = toIntegerOrInfinity(number, 'number');
      const stream = this;
      return Readable.from(async function* drop() {
        throwIfAborted(signal);
        for await (const chunk of chunks(stream, signal)) {
          if (number-- <= 0) yield chunk;
        }
      }());
    },
    take(number, options) {
      const signal = validateOptions(options);
      number = toIntegerOrInfinity(number, 'number');
      const stream = this;
      return Readable.from(async function* take() {
        throwIfAborted(signal);
        if (number <= 0) return;
        for await (const chunk of chunks(stream, signal)) {
          yield chunk;
          if (--number <= 0) return;
        }
      }());
    },
  };

  const promiseReturning = {
    async forEach(fn, options) {
      validateFunction(fn, 'fn');
      const signal = validateOptions(options);
      for await (const chunk of chunks(this, signal)) await fn(chunk, { signal });
    },
    async toArray(options) {
      const signal = validateOptions(options);
      const result = [];
      for await (const chunk of chunks(this, signal)) result.push(chunk);
      return result;
    },
    async some(fn, options) {
      validateFunction(fn, 'fn');
      const signal = validateOptions(options);
      for await (const chunk of chunks(this, signal)) {
        if (await fn(chunk, { signal })) return true;
      }
      return false;
    },
    async every(fn, options) {
      validateFunction(fn, 'fn');
      const signal = validateOptions(options);
      for await (const chunk of chunks(this, signal)) {
        if (!(await fn(chunk, { signal }))) return false;
      }
      return true;
    },
    async find(fn, options) {
      validateFunction(fn, 'fn');
      const signal = validateOptions(options);
      for await (const chunk of chunks(this, signal)) {
        if (await fn(chunk, { signal })) return chunk;
      }
      return undefined;
    },
    async reduce(reducer, initialValue, options) {
      validateFunction(reducer, 'reducer');
      const signal = validateOptions(options);
      let hasInitialValue = arguments.length > 1;
      let accumulator = initialValue;
      for await (const chunk of chunks(this, signal)) {
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
