'use strict';
// Event, CustomEvent and EventTarget as in the DOM (without a tree: every dispatch is at the
// target). Listeners of a type form a linked list so that a listener removed during a
// dispatch is skipped and one added during it still runs, as in Node. A listener that throws
// (or returns a promise that rejects) becomes an uncaught exception on the next tick.

const { invalidArgType, invalidThis } = require('internal/errors');
const { inspect } = require('internal/util/inspect');

const kTrusted = Symbol('kTrusted');
const kDispatching = Symbol('kDispatching');

function missingArgs(...names) {
  const list = names.map((name) => `"${name}"`).join(' and ');
  const error = new TypeError(`The ${list} argument${names.length > 1 ? 's' : ''} must be specified`);
  error.code = 'ERR_MISSING_ARGS';
  return error;
}

function now() {
  return process.uptime() * 1000;
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;
  #target = null;
  #currentTarget = null;
  #phase = 0;

  // new Event ( type [, { bubbles, cancelable, composed }] )
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw invalidArgType('options', 'of type object', options);
    }
    this.#type = `${type}`;
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kTrusted] = false;
    this[kDispatching] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw missingArgs('type');
    if (this[kDispatching]) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    this.#propagationStopped = true;
  }

  preventDefault() {
    if (this.#cancelable) this.#defaultPrevented = true;
  }

  get target() {
    return this.#target;
  }

  get currentTarget() {
    return this.#currentTarget;
  }

  get srcElement() {
    return this.#target;
  }

  get type() {
    return this.#type;
  }

  get cancelable() {
    return this.#cancelable;
  }

  get defaultPrevented() {
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    return this.#timestamp;
  }

  composedPath() {
    return this[kDispatching] ? [this.#currentTarget] : [];
  }

  get returnValue() {
    return !this.defaultPrevented;
  }

  get bubbles() {
    return this.#bubbles;
  }

  get composed() {
    return this.#composed;
  }

  get eventPhase() {
    return this.#phase;
  }

  get cancelBubble() {
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return this[kTrusted];
  }

  // The dispatch's view of the event: where it is and whether it was stopped.
  static setDispatchState(event, target, phase) {
    event.#target = target ?? event.#target;
    event.#currentTarget = phase === 0 ? null : target;
    event.#phase = phase;
  }

  static stopped(event) {
    return event.#propagationStopped;
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this.constructor.name;
    const shown = {
      type: this.#type,
      defaultPrevented: this.defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    };
    return `${this.constructor.name} ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
const { setDispatchState, stopped } = Event;
delete Event.setDispatchState;
delete Event.stopped;

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
for (const key of Object.getOwnPropertyNames(Event.prototype)) {
  if (key !== 'constructor') Object.defineProperty(Event.prototype, key, { enumerable: true });
}

class CustomEvent extends Event {
  #detail;

  // new CustomEvent ( type [, { detail, ...eventOptions }] )
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });

function isEventTarget(value) {
  return value?.[kListeners] instanceof Map;
}

const kListeners = Symbol('kListeners');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');

// addEventListener's options: a boolean (capture) or an object.
function parseOptions(options) {
  if (typeof options === 'boolean') return { once: false, capture: options, passive: false, signal: undefined };
  if (options == null) return { once: false, capture: false, passive: false, signal: undefined };
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: options.signal,
  };
}

function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // its handleEvent is looked up at dispatch
  throw invalidArgType('listener', 'an instance of EventListener', listener);
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    const { once, capture, passive, signal } = parseOptions(options);
    if (!validateListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;
    if (signal !== undefined) {
      if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
        throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
      }
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
    let list = this[kListeners].get(type);
    if (list === undefined) {
      list = { head: null, tail: null, size: 0 };
      this[kListeners].set(type, list);
    }
    for (let node = list.head; node !== null; node = node.next) {
      if (node.listener === listener && node.capture === capture) return; // already there
    }
    const node = { listener, capture, once, passive, next: null, prev: list.tail, removed: false };
    if (list.tail) list.tail.next = node;
    else list.head = node;
    list.tail = node;
    list.size++;
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error('Possible EventTarget memory leak detected. ' +
        `${list.size} ${String(type)} listeners added to ${inspect(this, { depth: -1 })}. ` +
        'MaxListeners is ' + max + '. Use events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = list.size;
      process.emitWarning(warning);
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 2) throw missingArgs('type', 'listener');
    // Only an options object counts here (Node ignores a boolean `useCapture`).
    const capture = !!options?.capture;
    type = typeof type === 'symbol' ? type : `${type}`;
    const list = this[kListeners].get(type);
    if (list === undefined) return;
    for (let node = list.head; node !== null; node = node.next) {
      if (node.listener === listener && node.capture === capture) {
        unlink(this, type, list, node);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw invalidThis('EventTarget');
    if (arguments.length < 1) throw missingArgs('event');
    if (!(event instanceof Event)) throw invalidArgType('event', 'an instance of Event', event);
    if (event[kDispatching]) {
      const error = new Error(`The event "${event.type}" is already being dispatched`);
      error.code = 'ERR_EVENT_RECURSION';
      throw error;
    }
    event[kDispatching] = true;
    setDispatchState(event, this, 2);
    const list = this[kListeners].get(event.type);
    // A removed node keeps its `next`, so the walk goes on past it.
    for (let node = list?.head ?? null; node !== null && !stopped(event); node = node.next) {
      if (node.removed) continue;
      if (node.once) unlink(this, event.type, list, node);
      callListener(this, node.listener, event);
    }
    setDispatchState(event, null, 0);
    event[kDispatching] = false;
    return event.defaultPrevented !== true;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

function initEventTarget(target) {
  target[kListeners] = new Map();
  target[kMaxEventTargetListeners] = require('events').defaultMaxListeners;
  target[kMaxEventTargetListenersWarned] = false;
}

function unlink(target, type, list, node) {
  if (node.removed) return;
  node.removed = true;
  if (node.prev) node.prev.next = node.next;
  else list.head = node.next;
  if (node.next) node.next.prev = node.prev;
  else list.tail = node.prev;
  if (--list.size === 0) target[kListeners].delete(type);
}

function callListener(target, listener, event) {
  try {
    const result = typeof listener === 'function'
      ? listener.call(target, event)
      : listener.handleEvent(event);
    if (result !== undefined && result !== null && typeof result.then === 'function') {
      result.then(undefined, (error) => process.nextTick(() => { throw error; }));
    }
  } catch (error) {
    process.nextTick(() => { throw error; });
  }
}

// The listeners `getEventListeners(target, type)` reports.
function eventTargetListeners(target, type) {
  const result = [];
  for (let node = target[kListeners].get(type)?.head ?? null; node !== null; node = node.next) {
    result.push(node.listener);
  }
  return result;
}

// An `on<type>` attribute (like AbortSignal's onabort): one listener, replaced on assignment.
function defineEventHandler(prototype, type) {
  const kHandler = Symbol(`on${type}`);
  Object.defineProperty(prototype, `on${type}`, {
    enumerable: true,
    configurable: true,
    get() {
      return this[kHandler]?.handler ?? null;
    },
    set(value) {
      let wrapped = this[kHandler];
      if (!wrapped) {
        wrapped = function (event) {
          if (typeof wrapped.handler === 'function') return wrapped.handler.call(this, event);
        };
        wrapped.handler = null;
        this[kHandler] = wrapped;
      }
      const callable = typeof value === 'function' || (typeof value === 'object' && value !== null);
      wrapped.handler = callable ? value : null;
      if (callable) this.addEventListener(type, wrapped);
      else this.removeEventListener(type, wrapped);
    },
  });
}

module.exports = {
  Event, CustomEvent, EventTarget, kTrusted, kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
  isEventTarget, eventTargetListeners, defineEventHandler,
};
