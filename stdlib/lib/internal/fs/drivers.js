'use strict';
// Runs the generators of internal/fs/operations: each yielded binding call is made
// synchronously (runSync), or on the loop with the result fed back when it completes (runAsync,
// for the callback and promise forms). A yielded { value } (a user callback's result) is fed
// back as is, or once settled when it is a promise.

const { binding, uvException, isFailure } = require('internal/fs/utils');
const { validateFunction } = require('internal/errors');
const { bindToNewContext } = require('internal/async_context');

function failure(request, result) {
  return uvException(result, request.syscall, request.path, request.dest);
}

function runSync(operation) {
  let step = operation.next();
  while (!step.done) {
    const request = step.value;
    if (request.call === undefined) {
      step = operation.next(request.value);
      continue;
    }
    const result = binding[request.call](...request.args, undefined);
    step = isFailure(result) ? operation.throw(failure(request, result)) : operation.next(result);
  }
  return step.value;
}

// Calls done(error, value) from the loop; an argument error is thrown now.
function runAsync(operation, done) {
  function advance(resume) {
    let step;
    try {
      step = resume();
    } catch (error) {
      done(error);
      return;
    }
    if (step.done) {
      done(null, step.value);
      return;
    }
    const request = step.value;
    if (request.call === undefined) {
      Promise.resolve(request.value).then((value) => advance(() => operation.next(value)),
        (error) => advance(() => operation.throw(error)));
      return;
    }
    const started = binding[request.call](...request.args, bindToNewContext('FSREQCALLBACK', (result) => {
      advance(() => (isFailure(result) ? operation.throw(failure(request, result)) : operation.next(result)));
    }));
    if (isFailure(started)) process.nextTick(advance, () => operation.throw(failure(request, started)));
  }
  const first = operation.next();
  if (first.done) {
    process.nextTick(done, null, first.value);
    return;
  }
  advance(() => first);
}

// The callback form of `generator`: the callback comes last, after the generator's own
// parameters (a missing one is reported as undefined, as Node does).
function callbackForm(generator) {
  return function (...args) {
    const last = args[args.length - 1];
    const callback = typeof last === 'function' || args.length > generator.length ? args.pop() : undefined;
    validateFunction(callback, 'cb');
    runAsync(generator(...args), callback);
  };
}

function syncForm(generator) {
  return (...args) => runSync(generator(...args));
}

function promiseForm(generator) {
  return (...args) => new Promise((resolve, reject) => {
    runAsync(generator(...args), (error, value) => (error ? reject(error) : resolve(value)));
  });
}

module.exports = { runSync, runAsync, callbackForm, syncForm, promiseForm };
