'use strict';
// Readable.from ( iterable [, options] ): an object-mode Readable over a sync or async
// iterable (a string or Buffer is one chunk). Values are pulled only as the stream reads;
// destroying the stream returns (or throws into) the iterator.

const errors = require('internal/streams/errors');

function from(Readable, iterable, options) {
  if (typeof iterable === 'string' || (iterable instanceof Uint8Array && require('internal/streams/buffer')().isBuffer(iterable))) {
    return new Readable({
      objectMode: true,
      ...options,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let isAsync;
  let iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw errors.invalidArgType('iterable', 'an instance of Iterable', iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...options });
  let reading = false;
  let isAsyncValues = false; // a sync iterator that produced a promise: await every value

  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSync();
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(() => process.nextTick(cb, error), (e) => process.nextTick(cb, e || error));
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Pushes `value`; false when the stream wants no more for now.
  function pushValue(value) {
    if (value === null) {
      reading = false;
      throw errors.nullValues();
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  function nextSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          changeToAsyncValues(value);
          return;
        }
        if (pushValue(value)) continue;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      if (pushValue(await value)) {
        nextSyncWithAsyncValues();
        return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const resolved = value && typeof value.then === 'function' ? await value : value;
        if (pushValue(resolved)) continue;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (pushValue(value)) continue;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

module.exports = from;
