'use strict';
// The async context of the running code, as async_hooks sees it: the AsyncLocalStorage stores (a
// Map from each storage to its value, replaced, never changed, when a store is entered) and the
// ids of the async resource whose callback runs.
//
// The engine carries the stores through promise jobs: a reaction runs in the stores current when
// `then` (or `await`) registered it (the job queue's async context, internalBinding('task_queue')).
// The library carries them, with the ids, through its own async resources: timers, immediates,
// process.nextTick, fs requests and AsyncResource capture a context when made (captureContext)
// and run their callbacks in it (runInContext). Nothing is captured until async_hooks is loaded:
// before that no store can exist and no id can be asked for.

const { getAsyncContext, setAsyncContext } = internalBinding('task_queue');

const topLevelResource = {};
const current = {
  executionAsyncId: 1, // the main program
  triggerAsyncId: 0,
  resource: topLevelResource,
};
let tracking = false;
let lastAsyncId = 1;
// The enabled hooks of async_hooks.createHook: objects with init/before/after/destroy.
const enabledHooks = [];

function startTracking() {
  tracking = true;
}

function newAsyncId() {
  return ++lastAsyncId;
}

function callHooks(name, ...args) {
  for (const hooks of enabledHooks.slice()) {
    if (typeof hooks[name] === 'function') Reflect.apply(hooks[name], hooks, args);
  }
}

// The context a new resource of `type` runs its callbacks in (undefined while nothing is tracked).
function captureContext(type, resource, triggerAsyncId = current.executionAsyncId) {
  if (!tracking) return undefined;
  const context = { asyncId: newAsyncId(), triggerAsyncId, resource, stores: getAsyncContext() };
  if (enabledHooks.length > 0) callHooks('init', context.asyncId, type, triggerAsyncId, resource);
  return context;
}

// Calls fn with thisArg and args in `context` (or as is, without one).
function runInContext(context, fn, thisArg, args) {
  if (context === undefined) return Reflect.apply(fn, thisArg, args);
  const { executionAsyncId, triggerAsyncId, resource } = current;
  const stores = getAsyncContext();
  current.executionAsyncId = context.asyncId;
  current.triggerAsyncId = context.triggerAsyncId;
  current.resource = context.resource;
  setAsyncContext(context.stores);
  if (enabledHooks.length > 0) callHooks('before', context.asyncId);
  try {
    const result = Reflect.apply(fn, thisArg, args);
    if (enabledHooks.length > 0) callHooks('after', context.asyncId);
    return result;
  } finally {
    current.executionAsyncId = executionAsyncId;
    current.triggerAsyncId = triggerAsyncId;
    current.resource = resource;
    setAsyncContext(stores);
  }
}

// A resource is gone: its destroy hooks run once the current callback and the ticks and promise
// jobs after it are done (flushDestroyed), as Node defers them.
let destroyedIds = [];

function destroyAsyncId(asyncId) {
  if (enabledHooks.length > 0) destroyedIds.push(asyncId);
}

function flushDestroyed() {
  while (destroyedIds.length > 0) {
    const ids = destroyedIds;
    destroyedIds = [];
    for (const id of ids) callHooks('destroy', id);
  }
}

function destroyContext(context) {
  if (context !== undefined) destroyAsyncId(context.asyncId);
}

// fn, bound to a new resource of `type` made now: the callback of a one-shot request.
function bindToNewContext(type, fn) {
  const context = captureContext(type, {});
  if (context === undefined) return fn;
  return function (...args) {
    try {
      return runInContext(context, fn, this, args);
    } finally {
      destroyContext(context);
    }
  };
}

// Between callbacks from the loop, no resource runs (the main program's id ends with it).
function leaveResources() {
  if (!tracking) return;
  current.executionAsyncId = 0;
  current.triggerAsyncId = 0;
  current.resource = topLevelResource;
}

module.exports = {
  current,
  enabledHooks,
  startTracking,
  newAsyncId,
  captureContext,
  runInContext,
  destroyAsyncId,
  destroyContext,
  bindToNewContext,
  flushDestroyed,
  leaveResources,
  getAsyncContext,
  setAsyncContext,
};
