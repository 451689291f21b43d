'use strict';
// fs.watch (FSWatcher, over uv_fs_event) and fs.watchFile/unwatchFile (StatWatcher, over
// uv_fs_poll), through internalBinding('fs_watchers').

const EventEmitter = require('events');
const binding = internalBinding('fs_watchers');
const { uvException, makeStats, getValidatedPath, getOptions, validateInteger } = require('internal/fs/utils');
const { validateFunction, invalidArgType } = require('internal/errors');
const { Buffer } = require('buffer');
const pathModule = require('path');

const kRename = 1;
const kChange = 2;

// Events 'change' (eventType 'rename' or 'change', filename), 'error' and 'close'.
class FSWatcher extends EventEmitter {
  #id = null;

  start(path, options) {
    const id = binding.startEvent(path, options.recursive, (status, events, filename) => {
      if (status < 0) {
        const error = uvException(status, 'watch', path);
        error.filename = path;
        this.close();
        this.emit('error', error);
        return;
      }
      const name = filename !== null && options.encoding === 'buffer' ? Buffer.from(filename) : filename;
      if (events & kRename) this.emit('change', 'rename', name);
      if (events & kChange) this.emit('change', 'change', name);
    });
    if (id < 0) {
      const error = uvException(id, 'watch', path);
      error.filename = path;
      throw error;
    }
    this.#id = id;
    if (!options.persistent) binding.setRef(id, false);
  }

  close() {
    if (this.#id === null) return;
    binding.closeEvent(this.#id);
    this.#id = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this.#id !== null) binding.setRef(this.#id, true);
    return this;
  }

  unref() {
    if (this.#id !== null) binding.setRef(this.#id, false);
    return this;
  }
}

function watch(filename, options, listener) {
  const path = getValidatedPath(filename, 'filename');
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = getOptions(options, { persistent: true, recursive: false, encoding: 'utf8' });
  for (const name of ['persistent', 'recursive']) {
    if (typeof options[name] !== 'boolean') throw invalidArgType(`options.${name}`, 'of type boolean', options[name]);
  }
  const watcher = new FSWatcher();
  watcher.start(path, options);
  if (listener !== undefined) watcher.on('change', listener);
  return watcher;
}

// fsPromises.watch: the watcher's events as an async iterator of { eventType, filename }. The
// watcher starts at the first next() (a failure rejects it), ends (closed) when the loop
// leaves, and rejects with an AbortError when options.signal aborts.
function watchAsync(filename, options = {}) {
  getValidatedPath(filename, 'filename');
  const { signal, ...watchOptions } = options ?? {};
  const events = [];
  let watcher = null;
  let waiting = null;
  let failure = null;
  let closed = false;
  function settle() {
    if (waiting === null) return;
    const { resolve, reject } = waiting;
    if (events.length > 0) resolve({ value: events.shift(), done: false });
    else if (failure !== null) reject(failure);
    else if (closed) resolve({ value: undefined, done: true });
    else return;
    waiting = null;
  }
  function finish(error) {
    if (error && failure === null) failure = error;
    if (!closed) {
      closed = true;
      watcher?.close();
    }
    settle();
  }
  function start() {
    try {
      watcher = watch(filename, watchOptions);
    } catch (error) {
      finish(error);
      return;
    }
    watcher.on('change', (eventType, name) => {
      events.push({ eventType, filename: name });
      settle();
    });
    watcher.on('error', finish);
  }
  if (signal) {
    const abort = () => finish(new DOMException('The operation was aborted', 'AbortError'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  }
  return {
    next() {
      if (watcher === null && !closed) start();
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        settle();
      });
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

// Polls one file's stats; 'change' (current, previous) when they differ.
class StatWatcher extends EventEmitter {
  #id = null;

  start(path, interval, bigint, persistent) {
    this.#id = binding.startPoll(path, interval, (status, current, previous) => {
      this.emit('change', makeStats(current, bigint), makeStats(previous, bigint));
    });
    if (!persistent) binding.setRef(this.#id, false);
  }

  stop() {
    if (this.#id === null) return;
    binding.closePoll(this.#id);
    this.#id = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this.#id !== null) binding.setRef(this.#id, true);
    return this;
  }

  unref() {
    if (this.#id !== null) binding.setRef(this.#id, false);
    return this;
  }
}

const statWatchers = new Map(); // resolved path → StatWatcher

function watchFile(filename, options, listener) {
  const path = pathModule.resolve(getValidatedPath(filename, 'filename'));
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, bigint: false, ...options };
  validateFunction(listener, 'listener');
  validateInteger(options.interval, 'interval', 0, 4294967295);
  let watcher = statWatchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher();
    watcher.start(path, options.interval, options.bigint, options.persistent);
    statWatchers.set(path, watcher);
  }
  watcher.on('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const path = pathModule.resolve(getValidatedPath(filename, 'filename'));
  const watcher = statWatchers.get(path);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(path);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchAsync, watchFile, unwatchFile };
