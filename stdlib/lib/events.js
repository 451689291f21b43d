'use strict';
// EventEmitter: listeners by event name, in registration order, called synchronously by emit.
// An 'error' event nobody listens to throws. events.once and events.on turn events (of an
// EventEmitter or an EventTarget) into a promise and an async iterator.

const { abortError: makeAbortError, invalidArgType } = require('internal/errors');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
let defaultMaxListeners = 10;

function checkListener(listener) {
  if (typeof listener !== 'function') throw invalidArgType('listener', 'of type function', listener);
}

function EventEmitter(options) {
  EventEmitter.init.call(this, options);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(options) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (options?.captureRejections) {
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
      const error = new RangeError('The value of "defaultMaxListeners" is out of range. ' +
        `It must be a non-negative number. Received ${n}`);
      error.code = 'ERR_OUT_OF_RANGE';
      throw error;
    }
    defaultMaxListeners = n;
  },
});

EventEmitter.prototype[kCapture] = false;

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
    const error = new RangeError(`The value of "n" is out of range. It must be a non-negative number. Received ${n}`);
    error.code = 'ERR_OUT_OF_RANGE';
    throw error;
  }
  this._maxListeners = n;
  return this;
};

function maxListeners(target) {
  return target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListeners(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  let doError = type === 'error';
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    const er = args[0];
    if (er instanceof Error) throw er;
    const { inspect } = require('internal/util/inspect');
    const error = new Error(`Unhandled error. (${inspect(er)})`);
    error.code = 'ERR_UNHANDLED_ERROR';
    error.context = er;
    throw error;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null && this[kCapture]) addCatch(this, result, type, args);
    }
  }
  return true;
};

function addCatch(that, promise, type, args) {
  if (typeof promise.then !== 'function') return;
  promise.then(undefined, (error) => {
    process.nextTick(() => {
      if (typeof that[kRejection] === 'function') {
        that[kRejection](error, type, ...args);
      } else {
        const capture = that[kCapture];
        try {
          that[kCapture] = false;
          that.emit('error', error);
        } finally {
          that[kCapture] = capture;
        }
      }
    });
  });
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ?? listener);
    events = target._events;
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const max = maxListeners(target);
    if (max > 0 && existing.length > max && !existing.warned) {
      existing.warned = true;
      const name = target.constructor?.name ?? 'EventEmitter';
      const warning = new Error('Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners added to [${name}]. ` +
        `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
      warning.name = 'MaxListenersExceededWarning';
      warning.emitter = target;
      warning.type = type;
      warning.count = existing.length;
      process.emitWarning(warning);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrapper(...args) {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    return this.listener.apply(this.target, args);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((l) => l.listener || l) : list.slice();
}

EventEmitter.prototype.listeners = function listeners_(type) {
  return listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (typeof list === 'function') return listener == null || list === listener || list.listener === listener ? 1 : 0;
  if (list === undefined) return 0;
  if (listener == null) return list.length;
  return list.filter((l) => l === listener || l.listener === listener).length;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'an instance of AbortSignal', signal);
  }
}

// Listens on an EventEmitter or an EventTarget; returns the function that stops listening.
function listen(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
    return () => emitter.removeListener(name, listener);
  }
  if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once });
    return () => emitter.removeEventListener(name, listener);
  }
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
}

// once ( emitter, name [, options] ): a promise of the next event's arguments; an 'error'
// event (of an EventEmitter) rejects it, and so does options.signal aborting.
function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const stops = [];
    const stop = () => {
      for (const unlisten of stops) unlisten();
    };
    stops.push(listen(emitter, name, (...args) => {
      stop();
      resolve(args);
    }, true));
    if (name !== 'error' && typeof emitter.on === 'function') {
      stops.push(listen(emitter, 'error', (error) => {
        stop();
        reject(error);
      }, true));
    }
    if (signal) {
      const onAbort = () => {
        stop();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      stops.push(() => signal.removeEventListener('abort', onAbort));
    }
  });
}

function abortError(signal) {
  return makeAbortError({ cause: signal?.reason });
}

// on ( emitter, name [, { signal, close }] ): an async iterator over the event's arguments;
// 'error' ends it by throwing, a `close` event ends it normally, the signal by throwing an
// AbortError.
function on(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortError(signal);
  const unconsumed = [];
  const pending = [];
  let error = null;
  let finished = false;
  const stops = [];

  function closeIterator() {
    for (const unlisten of stops.splice(0)) unlisten();
    finished = true;
    for (const waiting of pending.splice(0)) waiting.resolve({ value: undefined, done: true });
  }

  function fail(err) {
    const waiting = pending.shift();
    if (waiting) waiting.reject(err);
    else error = err;
    closeIterator();
  }

  stops.push(listen(emitter, name, (...args) => {
    const waiting = pending.shift();
    if (waiting) waiting.resolve({ value: args, done: false });
    else unconsumed.push(args);
  }, false));
  if (name !== 'error' && typeof emitter.on === 'function') stops.push(listen(emitter, 'error', fail, false));
  for (const closeName of options?.close ?? []) {
    // Values already received are still delivered before the end.
    stops.push(listen(emitter, closeName, closeIterator, false));
  }
  if (signal) {
    const onAbort = () => fail(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    stops.push(() => signal.removeEventListener('abort', onAbort));
  }

  return {
    next() {
      const value = unconsumed.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
    return() {
      closeIterator();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      fail(err);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function isEventTarget(value) {
  return require('internal/event_target').isEventTarget(value);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return require('internal/event_target').eventTargetListeners(emitterOrTarget, type);
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListeners(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[require('internal/event_target').kMaxEventTargetListeners];
  }
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

// setMaxListeners ( n [, ...targets] ): without targets, the default for new ones.
function setMaxListeners(n = defaultMaxListeners, ...targets) {
  if (typeof n !== 'number') throw invalidArgType('setMaxListeners', 'of type number', n);
  if (n < 0 || Number.isNaN(n)) {
    const error = new RangeError(`The value of "setMaxListeners" is out of range. It must be >= 0. Received ${n}`);
    error.code = 'ERR_OUT_OF_RANGE';
    throw error;
  }
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of targets) {
    if (isEventTarget(target)) {
      const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = require('internal/event_target');
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', target);
    }
  }
}

// addAbortListener ( signal, listener ): calls listener once the signal aborts (in a microtask
// when it already has); the result's [Symbol.dispose]() removes it.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (typeof listener !== 'function') throw invalidArgType('listener', 'of type function', listener);
  let removed = false;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  return {
    [Symbol.dispose]() {
      if (removed) return;
      removed = true;
      signal.removeEventListener('abort', listener);
    },
  };
}

module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.addAbortListener = addAbortListener;
Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) { EventEmitter.prototype[kCapture] = !!value; },
});
// Loaded on first use: it needs async_hooks.
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get() { return require('internal/events/async_resource').EventEmitterAsyncResource; },
});
