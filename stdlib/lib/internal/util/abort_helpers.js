'use strict';
// util.aborted and util.transferableAbortSignal/Controller: helpers around AbortSignal.

const { AbortController, AbortSignal } = require('internal/abort_controller');
const { invalidArgType } = require('internal/errors');

function validateSignal(signal) {
  if (!(signal instanceof AbortSignal)) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
}

// aborted ( signal, resource ): a promise fulfilled with the 'abort' event when `signal` aborts
// (at once, with undefined, if it already has). Node drops the listener once `resource` is
// collected; here it lives as long as the signal.
async function aborted(signal, resource) {
  validateSignal(signal);
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw invalidArgType('resource', 'of type object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
}

// transferableAbortSignal ( signal ): as Node gives it, a new signal in the state of `signal`
// (aborted with its reason, or not), which does not follow it afterwards. Sable's structuredClone
// and postMessage cannot transfer signals.
function transferableAbortSignal(signal) {
  validateSignal(signal);
  const copy = new AbortController();
  if (signal.aborted) copy.abort(signal.reason);
  return copy.signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = { aborted, transferableAbortSignal, transferableAbortController };
