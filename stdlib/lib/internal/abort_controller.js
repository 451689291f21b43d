'use strict';
// AbortController and AbortSignal: a signal is aborted once, with a reason (by default a
// DOMException named AbortError), and dispatches a trusted 'abort' event then.

const { EventTarget, Event, kTrusted, defineEventHandler } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');
const { invalidArgType } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

function illegalConstructor() {
  const error = new TypeError('Illegal constructor');
  error.code = 'ERR_ILLEGAL_CONSTRUCTOR';
  return error;
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #dependents = []; // the AbortSignal.any results that follow this signal

  constructor(key = undefined) {
    if (key !== kConstruct) throw illegalConstructor();
    super();
  }

  get aborted() {
    return this.#aborted;
  }

  get reason() {
    return this.#reason;
  }

  throwIfAborted() {
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kConstruct);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  // timeout ( delay ): aborts with a TimeoutError after `delay` ms, without keeping the
  // process alive.
  static timeout(delay) {
    if (typeof delay !== 'number') throw invalidArgType('delay', 'of type number', delay);
    if (!Number.isInteger(delay) || delay < 0 || delay > 4294967295) {
      const error = new RangeError('The value of "delay" is out of range. It must be >= 0 && <= 4294967295. ' +
        `Received ${delay}`);
      error.code = 'ERR_OUT_OF_RANGE';
      throw error;
    }
    const signal = new AbortSignal(kConstruct);
    setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay).unref();
    return signal;
  }

  // any ( signals ): aborted as soon as one of them is, with its reason.
  static any(signals) {
    if (!Array.isArray(signals)) throw invalidArgType('signals', 'an instance of Array', signals);
    const list = signals;
    list.forEach((signal, index) => {
      if (!(signal instanceof AbortSignal)) throw invalidArgType(`signals[${index}]`, 'an instance of AbortSignal', signal);
    });
    const result = new AbortSignal(kConstruct);
    const first = list.find((signal) => signal.aborted);
    if (first) {
      result.#aborted = true;
      result.#reason = first.reason;
      return result;
    }
    for (const signal of list) signal.#dependents.push(result);
    return result;
  }

  // Aborts `signal`: its 'abort' event, then the signals that follow it.
  static abortSignal(signal, reason) {
    if (signal.#aborted) return;
    signal.#aborted = true;
    signal.#reason = reason;
    const event = new Event('abort');
    event[kTrusted] = true;
    signal.dispatchEvent(event);
    const dependents = signal.#dependents;
    signal.#dependents = [];
    for (const dependent of dependents) abortSignal(dependent, reason);
  }
}
const { abortSignal } = AbortSignal;
delete AbortSignal.abortSignal;
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });

class AbortController {
  #signal = new AbortSignal(kConstruct);

  get signal() {
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
for (const key of ['signal', 'abort']) Object.defineProperty(AbortController.prototype, key, { enumerable: true });

module.exports = { AbortController, AbortSignal };
