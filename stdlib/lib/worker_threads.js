'use strict';
// node:worker_threads on the main (and only) thread: isMainThread, threadId 0, no parentPort
// or workerData, and the environment data map. Sable runs no worker threads: Worker, message
// ports and channels throw ERR_NOT_IMPLEMENTED.

const { codedError } = require('internal/errors');

const environmentData = new Map();

function notImplemented(name) {
  return function () {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `worker_threads.${name} is not implemented in Sable`);
  };
}

// Values for workers started later; with no workers, only this thread reads them back.
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// An object needs no marking when nothing is ever transferred.
function markAsUntransferable() {}

module.exports = {
  isMainThread: true,
  MessagePort: notImplemented('MessagePort'),
  MessageChannel: notImplemented('MessageChannel'),
  markAsUntransferable,
  moveMessagePortToContext: notImplemented('moveMessagePortToContext'),
  receiveMessageOnPort: notImplemented('receiveMessageOnPort'),
  resourceLimits: {},
  postMessageToThread: notImplemented('postMessageToThread'),
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: notImplemented('Worker'),
  parentPort: null,
  workerData: null,
  BroadcastChannel: notImplemented('BroadcastChannel'),
  setEnvironmentData,
  getEnvironmentData,
};
