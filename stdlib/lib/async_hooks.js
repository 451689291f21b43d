'use strict';
// async_hooks: AsyncLocalStorage, AsyncResource, the execution ids and createHook, over the async
// context of internal/async_context (which timers, immediates, process.nextTick, fs requests
// and promise reactions carry).
//
// Promise reactions carry the AsyncLocalStorage stores but are not async resources of their own:
// inside one, executionAsyncId() is 0 (as in Node without promise hooks) and no init/before/after
// hook sees them; a hook asking for promiseResolve cannot be enabled.

const asyncContext = require('internal/async_context');
const { codedError, validateFunction, validateString } = require('internal/errors');

const {
  current, enabledHooks, captureContext, runInContext, destroyAsyncId, destroyContext, getAsyncContext, setAsyncContext,
} = asyncContext;
asyncContext.startTracking();

function executionAsyncId() {
  return current.executionAsyncId;
}

function triggerAsyncId() {
  return current.triggerAsyncId;
}

function executionAsyncResource() {
  return current.resource;
}

// ---- createHook ----

const hookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];

class AsyncHook {
  #callbacks;

  constructor(callbacks) {
    this.#callbacks = {};
    for (const name of hookNames) {
      const callback = callbacks[name];
      if (callback !== undefined && typeof callback !== 'function') {
        throw codedError(TypeError, 'ERR_ASYNC_CALLBACK', `hook.${name} must be a function`);
      }
      if (callback !== undefined) this.#callbacks[name] = callback;
    }
  }

  enable() {
    if (this.#callbacks.promiseResolve !== undefined) {
      throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'async_hooks promise hooks (promiseResolve) are not implemented in Sable');
    }
    if (!enabledHooks.includes(this.#callbacks)) enabledHooks.push(this.#callbacks);
    return this;
  }

  disable() {
    const index = enabledHooks.indexOf(this.#callbacks);
    if (index !== -1) enabledHooks.splice(index, 1);
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks ?? {});
}

// ---- AsyncResource ----

const kAsyncId = Symbol('async_id_symbol');
const kTriggerAsyncId = Symbol('trigger_async_id_symbol');
// Resources not destroyed by hand are destroyed when collected (the registry holds the id only).
const collectedResources = new FinalizationRegistry(destroyAsyncId);

function validateTriggerId(id) {
  if (!Number.isSafeInteger(id) || id < -1) {
    throw codedError(RangeError, 'ERR_INVALID_ASYNC_ID', `Invalid triggerAsyncId value: ${id}`);
  }
}

class AsyncResource {
  #context;

  constructor(type, options = {}) {
    validateString(type, 'type');
    let trigger = options;
    let requireManualDestroy = false;
    if (typeof options !== 'number') {
      trigger = options.triggerAsyncId ?? current.executionAsyncId;
      requireManualDestroy = !!options.requireManualDestroy;
    }
    validateTriggerId(trigger);
    this.#context = captureContext(type, this, trigger);
    this[kAsyncId] = this.#context.asyncId;
    this[kTriggerAsyncId] = trigger;
    if (!requireManualDestroy) collectedResources.register(this, this[kAsyncId]);
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runInContext(this.#context, fn, thisArg, args);
  }

  emitDestroy() {
    destroyContext(this.#context);
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (arguments.length >= 2) bound = function (...args) { return resource.runInAsyncScope(fn, thisArg, ...args); };
    else bound = function (...args) { return resource.runInAsyncScope(fn, this, ...args); };
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    const resource = new AsyncResource(type || fn.name || 'bound-anonymous-fn');
    return arguments.length >= 3 ? resource.bind(fn, thisArg) : resource.bind(fn);
  }
}

// ---- AsyncLocalStorage ----

// The stores with this storage's value set to `store` (or removed, for `undefined` with
// `remove`): a new Map, since contexts captured earlier hold the old one.
function storesWith(storage, store, remove = false) {
  const stores = new Map(getAsyncContext());
  if (remove) stores.delete(storage);
  else stores.set(storage, store);
  return stores;
}

function runWithStores(stores, callback, args) {
  const saved = getAsyncContext();
  setAsyncContext(stores);
  try {
    return Reflect.apply(callback, null, args);
  } finally {
    setAsyncContext(saved);
  }
}

class AsyncLocalStorage {
  #enabled = false;

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const stores = getAsyncContext();
    return function runInAsyncScope(fn, ...args) {
      return runWithStores(stores, fn, args);
    };
  }

  disable() {
    if (!this.#enabled) return;
    this.#enabled = false;
    if (getAsyncContext()?.has(this)) setAsyncContext(storesWith(this, undefined, true));
  }

  getStore() {
    if (!this.#enabled) return undefined;
    return getAsyncContext()?.get(this);
  }

  enterWith(store) {
    this.#enabled = true;
    setAsyncContext(storesWith(this, store));
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    return runWithStores(storesWith(this, store), callback, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, null, args);
    return runWithStores(storesWith(this, undefined, true), callback, args);
  }
}

const providerNames = [
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER', 'FSEVENTWRAP',
  'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION',
  'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'JSSTREAM', 'JSUDPWRAP',
  'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP', 'PROMISE', 'QUERYWRAP',
  'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP',
  'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT',
  'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST',
  'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST',
  'SIGNREQUEST', 'TLSWRAP', 'VERIFYREQUEST',
];
const asyncWrapProviders = Object.freeze(Object.assign(Object.create(null),
  Object.fromEntries(providerNames.map((name, index) => [name, index]))));

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
