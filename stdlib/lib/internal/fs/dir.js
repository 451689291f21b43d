'use strict';
// fs.Dir (opendir): reads a directory's entries as Dirents, one at a time, synchronously, with
// callbacks, as promises or by async iteration. The entries are listed when the directory is
// opened (scandir; all levels with `recursive`) and handed out by read.

const operations = require('internal/fs/operations');
const { callbackForm, syncForm, promiseForm } = require('internal/fs/drivers');
const { getValidatedPath, getOptions, validateInteger } = require('internal/fs/utils');
const { codedError, validateFunction } = require('internal/errors');

function closedError() {
  return codedError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
}

class Dir {
  #path;
  #entries;
  #closed = false;

  constructor(path, entries) {
    this.#path = path;
    this.#entries = entries;
  }

  get path() { return this.#path; }

  // The next Dirent, or null at the end.
  #next() {
    if (this.#closed) throw closedError();
    return this.#entries.shift() ?? null;
  }

  readSync() { return this.#next(); }

  read(callback) {
    if (callback === undefined) return new Promise((resolve) => resolve(this.#next()));
    validateFunction(callback, 'callback');
    let entry;
    try {
      entry = this.#next();
    } catch (error) {
      process.nextTick(callback, error);
      return;
    }
    process.nextTick(callback, null, entry);
  }

  closeSync() {
    if (this.#closed) throw closedError();
    this.#closed = true;
  }

  close(callback) {
    if (callback === undefined) return new Promise((resolve) => resolve(this.closeSync()));
    validateFunction(callback, 'callback');
    let error = null;
    try {
      this.closeSync();
    } catch (closeError) {
      error = closeError;
    }
    process.nextTick(callback, error);
  }

  entries() { return iterate(this); }

  [Symbol.asyncIterator]() { return this.entries(); }
}

// An async iterator over the entries; the Dir is closed at the end or when the loop leaves
// early (unless the loop's body closed it).
function iterate(dir) {
  async function finish() {
    await dir.close().catch((error) => {
      if (error.code !== 'ERR_DIR_CLOSED') throw error;
    });
    return { value: undefined, done: true };
  }
  return {
    async next() {
      const entry = await dir.read();
      return entry === null ? finish() : { value: entry, done: false };
    },
    return: finish,
    [Symbol.asyncIterator]() { return this; },
  };
}

function* opendir(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { bufferSize: 32, recursive: false });
  validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
  // Opening fails as Node's opendir does (its error names no path); then the entries are listed.
  yield { call: 'scandir', args: [path], syscall: 'opendir' };
  const entries = yield* operations.readdir(path, { withFileTypes: true, recursive: options.recursive });
  return new Dir(path, entries);
}

module.exports = {
  Dir,
  opendir: callbackForm(opendir),
  opendirSync: syncForm(opendir),
  opendirPromise: promiseForm(opendir),
};
