'use strict';
// What the WHATWG Streams classes share (https://streams.spec.whatwg.org/): promises made and
// watched without going through user-patchable methods, queues with sizes, queuing strategies,
// the brand checks and Node's errors for them, and how the classes show in util.inspect.

const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');

const PromisePrototypeThen = Promise.prototype.then;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);

// The internal slots of every streams object, under one non-enumerable symbol.
const kState = Symbol('kState');
// The kind of streams object the slots belong to ('ReadableStream'...), for brand checks.
const kType = Symbol('kType');

function setSlots(object, type, slots) {
  Object.defineProperty(object, kState, { value: slots, writable: true });
  Object.defineProperty(object, kType, { value: type });
  return slots;
}

const isType = (value, type) => value !== null && typeof value === 'object' && value[kType] === type;

function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function invalidState(message) {
  return codedError(TypeError, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
}

// The slots of `value` when it is a `type`, else throws ERR_INVALID_THIS.
function slotsOf(value, type) {
  if (!isType(value, type)) throw invalidThis(type);
  return value[kState];
}

// A promise with its resolve and reject functions, and whether it is still pending.
function deferred() {
  const record = { promise: undefined, resolve: undefined, reject: undefined, pending: true };
  record.promise = new Promise((resolve, reject) => {
    record.resolve = (value) => {
      record.pending = false;
      resolve(value);
    };
    record.reject = (reason) => {
      record.pending = false;
      reject(reason);
    };
  });
  return record;
}

// A deferred promise already resolved with `value`, or rejected with `reason` and handled.
function resolvedDeferred(value) {
  const record = deferred();
  record.resolve(value);
  return record;
}

function rejectedDeferred(reason) {
  const record = deferred();
  record.reject(reason);
  setHandled(record.promise);
  return record;
}

// "React to promise": then() without looking it up on the promise.
const uponPromise = (promise, onFulfilled, onRejected) => Reflect.apply(PromisePrototypeThen, promise, [onFulfilled, onRejected]);

// "Set promise.[[PromiseIsHandled]] to true": its rejection is nobody's to report.
function setHandled(promise) {
  uponPromise(promise, undefined, () => {});
  return promise;
}

// "Promise rejected with", already marked handled (the spec marks these where they are made or
// returned; an unobserved one is not an unhandled rejection).
const rejectedHandled = (reason) => setHandled(PromiseReject(reason));

// Calls `method` of `object` (looked up once, when the object is taken apart) as a promise.
function promiseCall(method, thisValue, ...args) {
  try {
    return PromiseResolve(Reflect.apply(method, thisValue, args));
  } catch (error) {
    return PromiseReject(error);
  }
}

// A member of a dictionary argument that must be a function when present.
function functionMember(dictionary, name, prefix) {
  const value = dictionary?.[name];
  if (value !== undefined && typeof value !== 'function') throw invalidArgType(`${prefix}.${name}`, 'of type function', value);
  return value;
}

// The start member: Node rejects a non-function there with a plain TypeError (no code).
function startMember(dictionary, prefix) {
  const value = dictionary?.start;
  if (value !== undefined && typeof value !== 'function') throw new TypeError(`${prefix}.start must be a function`);
  return value;
}

// A dictionary argument: undefined and null are empty, other non-objects are rejected.
function dictionaryArgument(value, name) {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' && typeof value !== 'function') throw invalidArgType(name, 'of type object', value);
  return value;
}

// ExtractHighWaterMark ( strategy, defaultHWM ) — https://streams.spec.whatwg.org/#validate-and-normalize-high-water-mark
function extractHighWaterMark(strategy, defaultHWM) {
  if (strategy.highWaterMark === undefined) return defaultHWM;
  const highWaterMark = Number(strategy.highWaterMark);
  if (Number.isNaN(highWaterMark) || highWaterMark < 0) {
    throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE',
      `The property 'strategy.highWaterMark' is invalid. Received ${require('internal/util/inspect').inspect(strategy.highWaterMark)}`);
  }
  return highWaterMark;
}

// ExtractSizeAlgorithm ( strategy ) — https://streams.spec.whatwg.org/#make-size-algorithm-from-size-function
function extractSizeAlgorithm(strategy) {
  const size = functionMember(strategy, 'size', 'strategy');
  return size === undefined ? () => 1 : (chunk) => size(chunk);
}

// The queuing strategy argument of a constructor, as a dictionary.
const strategyArgument = (strategy) => dictionaryArgument(strategy, 'strategy');

// EnqueueValueWithSize ( container, value, size ) — https://streams.spec.whatwg.org/#enqueue-value-with-size
function enqueueValueWithSize(container, value, size) {
  size = Number(size);
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw codedError(RangeError, 'ERR_INVALID_ARG_VALUE', `The argument 'size' is invalid. Received ${size}`);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

// DequeueValue ( container ) — https://streams.spec.whatwg.org/#dequeue-value
function dequeueValue(container) {
  const { value, size } = container.queue.shift();
  container.queueTotalSize = Math.max(0, container.queueTotalSize - size);
  return value;
}

// ResetQueue ( container ) — https://streams.spec.whatwg.org/#reset-queue
function resetQueue(container) {
  container.queue = [];
  container.queueTotalSize = 0;
}

// How a streams object shows in util.inspect: its name and a few of its properties.
function defineInspect(Class, describe) {
  Object.defineProperty(Class.prototype, Symbol.for('nodejs.util.inspect.custom'), {
    value(depth, options, inspect) {
      if (depth < 0) return this;
      return `${Class.name} ${inspect(describe(this), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    },
  });
}

// The class's accessors and methods enumerable, as WebIDL defines interfaces, and its name as its
// Symbol.toStringTag (non-writable, configurable) unless `toStringTag` is false (Node gives the
// encoding streams none).
function defineInterface(Class, { toStringTag = true } = {}) {
  for (const key of Object.getOwnPropertyNames(Class.prototype)) {
    if (key === 'constructor') continue;
    Object.defineProperty(Class.prototype, key, { enumerable: true });
  }
  if (toStringTag) Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: Class.name, configurable: true });
}

module.exports = {
  kState,
  setSlots,
  isType,
  slotsOf,
  invalidThis,
  invalidState,
  invalidArgType,
  invalidArgValue,
  codedError,
  deferred,
  resolvedDeferred,
  rejectedDeferred,
  uponPromise,
  setHandled,
  rejectedHandled,
  PromiseResolve,
  PromiseReject,
  promiseCall,
  functionMember,
  startMember,
  dictionaryArgument,
  extractHighWaterMark,
  extractSizeAlgorithm,
  strategyArgument,
  enqueueValueWithSize,
  dequeueValue,
  resetQueue,
  defineInspect,
  defineInterface,
};
