'use strict';
// setTimeout, setInterval and setImmediate over the loop's handles (internalBinding('timers')).
// Every JS timer sits in one priority queue ordered by expiry, then creation; the loop's single
// uv timer is armed for the earliest. processTimers runs the due ones in the timers phase, and
// processImmediate the queued immediates in the check phase; between two callbacks the
// nextTick queue and the promise jobs are drained, as in Node.

const binding = internalBinding('timers');
const { runNextTicks } = require('internal/process/task_queues');
const { validateFunction } = require('internal/errors');
const { deprecate } = require('internal/util/deprecate');
const { captureContext, runInContext, destroyContext } = require('internal/async_context');
const { triggerUncaughtException } = internalBinding('errors');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
// The async context a timer or immediate runs its callback in, once async_hooks is in use.
const kAsyncContext = Symbol('asyncContext');

function captureTimerContext(timer, type) {
  const context = captureContext(type, timer);
  if (context !== undefined) timer[kAsyncContext] = context;
}

// A binary heap of active timers by (_expiry, _sequence).
const heap = [];
let nextSequence = 0;
let nextId = 1;
let refCount = 0;
let scheduledExpiry = 0; // when the uv timer fires (0: not armed)
let processing = false;
const knownTimersById = new Map();

function before(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._sequence < b._sequence);
}

function heapPush(timer) {
  let index = heap.push(timer) - 1;
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (!before(timer, heap[parent])) break;
    heap[index] = heap[parent];
    index = parent;
  }
  heap[index] = timer;
}

function heapPop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    siftDown(0);
  }
  return top;
}

function changeRefCount(delta) {
  const before = refCount;
  refCount += delta;
  if (before === 0 && refCount > 0) binding.toggleTimerRef(true);
  else if (before > 0 && refCount === 0) binding.toggleTimerRef(false);
}

// Puts `timer` in the queue, due _idleTimeout ms after `start`.
function insert(timer, start) {
  timer._idleStart = start;
  timer._expiry = start + timer._idleTimeout;
  timer._sequence = nextSequence++;
  timer._active = true;
  heapPush(timer);
  if (!processing && (scheduledExpiry === 0 || timer._expiry < scheduledExpiry)) {
    scheduledExpiry = timer._expiry;
    binding.scheduleTimer(timer._idleTimeout);
  }
}

function removeFromQueue(timer) {
  if (!timer._active) return;
  timer._active = false;
  const index = heap.indexOf(timer);
  if (index < 0) return;
  const last = heap.pop();
  if (index < heap.length) {
    heap[index] = last;
    // Restore order around the moved entry: sift down, then up.
    for (let i = heap.length >> 1; i >= 0; i--) siftDown(i);
  }
}

function siftDown(index) {
  const item = heap[index];
  for (;;) {
    let child = 2 * index + 1;
    if (child >= heap.length) break;
    if (child + 1 < heap.length && before(heap[child + 1], heap[child])) child++;
    if (!before(heap[child], item)) break;
    heap[index] = heap[child];
    index = child;
  }
  heap[index] = item;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this._id = nextId++;
    if (isRefed) changeRefCount(1);
    captureTimerContext(this, 'Timeout');
  }

  refresh() {
    if (this._destroyed) return this;
    removeFromQueue(this);
    insert(this, binding.getLibuvNow());
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) changeRefCount(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) changeRefCount(1);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    knownTimersById.set(this._id, this);
    return this._id;
  }
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, args.length ? args : undefined, false, true);
  insert(timeout, binding.getLibuvNow());
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, args.length ? args : undefined, true, true);
  insert(timeout, binding.getLibuvNow());
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById.get(+timer);
    if (known) unenroll(known);
  }
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  destroyContext(timer[kAsyncContext]);
  if (timer[kRefed]) changeRefCount(-1);
  knownTimersById.delete(timer._id);
  removeFromQueue(timer);
  timer._idleTimeout = -1;
}

// The timers phase: runs every timer due at `now`; returns the next expiry (negative when only
// unref'd timers remain, 0 when none).
function processTimers(now) {
  processing = true;
  scheduledExpiry = 0;
  let ranOne = false;
  try {
    while (heap.length > 0) {
      const timer = heap[0];
      if (timer._expiry > now) {
        scheduledExpiry = timer._expiry;
        return refCount > 0 ? timer._expiry : -timer._expiry;
      }
      heapPop();
      timer._active = false;
      if (timer._destroyed) continue;
      if (ranOne) runNextTicks();
      ranOne = true;
      if (timer._destroyed) continue;
      try {
        runInContext(timer[kAsyncContext], timer._onTimeout, timer, timer._timerArgs ?? []);
      } catch (error) {
        triggerUncaughtException(error, false);
      }
      if (timer._repeat && !timer._destroyed && !timer._active) {
        timer._idleTimeout = timer._repeat;
        insert(timer, now);
      } else if (!timer._active && !timer._destroyed) {
        timer._destroyed = true;
        destroyContext(timer[kAsyncContext]);
        knownTimersById.delete(timer._id);
        if (timer[kRefed]) changeRefCount(-1);
      }
    }
    return 0;
  } finally {
    processing = false;
  }
}

// setImmediate: a FIFO queue run in the check phase; immediates queued while it runs wait for
// the next loop iteration.
let immediateQueue = [];
let immediateRefCount = 0;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this.ref();
    captureTimerContext(this, 'Immediate');
    if (immediateQueue.length === 0) binding.setImmediatesPending(true);
    immediateQueue.push(this);
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed || !(immediate instanceof Immediate)) return;
  immediate.unref();
  immediate._destroyed = true;
  immediate._onImmediate = null;
  destroyContext(immediate[kAsyncContext]);
}

function processImmediate() {
  const queue = immediateQueue;
  immediateQueue = [];
  let ranOne = false;
  for (let i = 0; i < queue.length; i++) {
    const immediate = queue[i];
    if (immediate._destroyed) continue;
    if (ranOne) runNextTicks();
    ranOne = true;
    if (immediate._destroyed) continue;
    immediate.unref();
    immediate._destroyed = true;
    try {
      runInContext(immediate[kAsyncContext], immediate._onImmediate, immediate, immediate._argv ?? []);
    } catch (error) {
      triggerUncaughtException(error, false);
    }
    destroyContext(immediate[kAsyncContext]);
  }
  if (immediateQueue.length === 0) binding.setImmediatesPending(false);
}

binding.setupTimers(processImmediate, processTimers);

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval: clearTimeout,
  setImmediate,
  clearImmediate,
  Timeout,
  Immediate,
};
// For process.getActiveResourcesInfo: how many timers and immediates keep the loop alive.
Object.defineProperty(module.exports, Symbol.for('sable.timers.refedCounts'), {
  value: () => ({ timeouts: refCount, immediates: immediateRefCount }),
});
// The deprecated legacy API (internal/timers/legacy), loaded on first call.
const kLegacy = [
  ['active', 'DEP0126', 'timers.active() is deprecated. Please use timeout.refresh() instead.'],
  ['_unrefActive', 'DEP0127', 'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.'],
  ['enroll', 'DEP0095', 'timers.enroll() is deprecated. Please use setTimeout instead.'],
  ['unenroll', 'DEP0096', 'timers.unenroll() is deprecated. Please use clearTimeout instead.'],
];
for (const [name, code, message] of kLegacy) {
  const legacy = (...args) => require('internal/timers/legacy')[name](...args);
  module.exports[name] = deprecate(legacy, message, code);
}
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
