'use strict';
// The process.nextTick queue and queueMicrotask. After every callback from the loop the host
// calls processTicksAndRejections: every queued tick, then the promise jobs, until both are
// empty; then promises rejected without a handler ('unhandledRejection', Node's default
// "throw" mode when nobody listens).

const { runMicrotasks, setTickCallback, takeRejections } = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');
const { validateFunction } = require('internal/errors');
const { captureContext, runInContext, destroyContext, flushDestroyed, leaveResources } = require('internal/async_context');

const queue = [];
let head = 0;

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (require('process')._exiting) return;
  const tick = { callback, args, context: undefined };
  tick.context = captureContext('TickObject', tick);
  queue.push(tick);
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (error) {
      triggerUncaughtException(error, false);
    }
  });
}

function runTicks() {
  while (head < queue.length) {
    const tick = queue[head++];
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    try {
      runInContext(tick.context, tick.callback, undefined, tick.args);
    } catch (error) {
      triggerUncaughtException(error, false);
    }
    destroyContext(tick.context);
  }
  queue.length = 0;
  head = 0;
}

function processTicksAndRejections() {
  leaveResources();
  do {
    runTicks();
    runMicrotasks();
  } while (head < queue.length || processPromiseRejections());
  flushDestroyed();
}

// Node's default --unhandled-rejections=throw.
function processPromiseRejections() {
  const rejections = takeRejections();
  for (let i = 0; i < rejections.length; i += 2) {
    const promise = rejections[i];
    const reason = rejections[i + 1];
    const process = require('process');
    if (process.emit('unhandledRejection', reason, promise)) continue;
    let error = reason;
    if (!(reason instanceof Error)) {
      error = new Error('This error originated either by throwing inside of an async function ' +
        'without a catch block, or by rejecting a promise which was not handled with .catch().' +
        ` The promise rejected with the reason "${require('internal/util/inspect').inspect(reason)}".`);
      error.name = 'UnhandledPromiseRejection';
      error.code = 'ERR_UNHANDLED_REJECTION';
    }
    triggerUncaughtException(error, true);
  }
  return rejections.length > 0;
}

setTickCallback(processTicksAndRejections);

module.exports = { nextTick, queueMicrotask, runNextTicks: processTicksAndRejections };
