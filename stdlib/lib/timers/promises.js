'use strict';
// timers/promises: setTimeout and setImmediate as promises, setInterval as an async iterator,
// and the scheduler (wait, yield). options.signal cancels with an AbortError; options.ref
// false lets the process exit while waiting.

const timers = require('timers');
const errors = require('internal/errors');
const { invalidArgType } = errors;
const validateAbortSignal = require('internal/streams/validate-abort-signal');

function abortError(signal) {
  return errors.abortError({ cause: signal.reason });
}

function validateDelay(delay) {
  if (delay !== undefined && typeof delay !== 'number') throw invalidArgType('delay', 'of type number', delay);
}

// The options of every function: { signal, ref }.
function validateOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw invalidArgType('options.ref', 'of type boolean', ref);
  return { signal, ref };
}

// A promise settled by `start(resolve)` unless the signal aborts first; `cancel` undoes start.
function cancellable(delay, options, start, cancel) {
  let validated;
  try {
    validateDelay(delay);
    validated = validateOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  const { signal, ref } = validated;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      cancel(handle);
      reject(abortError(signal));
    };
    const handle = start((value) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) handle.unref();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function setTimeout(delay, value, options = {}) {
  return cancellable(delay, options, (resolve) => timers.setTimeout(resolve, delay, value), timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  return cancellable(undefined, options, (resolve) => timers.setImmediate(resolve, value), timers.clearImmediate);
}

// setInterval ( delay, value, options ): yields `value` once per tick of the interval; ticks
// that pass while the consumer is busy are yielded one after the other.
async function* setInterval(delay, value, options = {}) {
  validateDelay(delay);
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pendingTicks = 0;
  let wake = null;
  const interval = timers.setInterval(() => {
    pendingTicks++;
    if (wake) {
      wake();
      wake = null;
    }
  }, delay);
  if (!ref) interval.unref();
  const onAbort = () => {
    if (wake) {
      wake();
      wake = null;
    }
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (!signal?.aborted) {
      if (pendingTicks === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pendingTicks > 0 && !signal?.aborted; pendingTicks--) yield value;
    }
    throw abortError(signal);
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  constructor(key) {
    if (key !== kScheduler) {
      const error = new TypeError('Illegal constructor');
      error.code = 'ERR_ILLEGAL_CONSTRUCTOR';
      throw error;
    }
  }

  // yield ( ): lets the event loop run (resolves in the check phase).
  yield() {
    return setImmediate();
  }

  // wait ( delay [, { signal }] )
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  }
}
const kScheduler = Symbol('kScheduler');

module.exports = { setTimeout, setImmediate, setInterval, scheduler: new Scheduler(kScheduler) };
