'use strict';
// readline/promises: an Interface whose question() returns a promise, and Readline, which
// queues cursor and clearing sequences for a stream until commit().

const { Interface: BaseInterface } = require('internal/readline/interface');
const cursor = require('internal/readline/cursor');
const validateAbortSignal = require('internal/streams/validate-abort-signal');
const errors = require('internal/errors');
const { invalidArgType } = errors;

function abortError(signal) {
  return errors.abortError({ cause: signal.reason });
}

class Interface extends BaseInterface {
  // The completer may also answer with a promise.
  constructor(input, output, completer, terminal) {
    const options = input?.input ? { ...input } : null;
    const original = options ? options.completer : completer;
    if (typeof original === 'function') {
      const answer = (line, callback) => {
        Promise.resolve().then(() => original(line)).then((result) => callback(null, result), callback);
      };
      if (options) options.completer = answer;
      else completer = answer;
    }
    super(options ?? input, output, completer, terminal);
  }

  // question ( query [, { signal }] ): a promise of the next line.
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal !== undefined) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) {
          reject(abortError(signal));
          return;
        }
        signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
      }
      super.question(query, options, resolve);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

function validateInteger(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) {
    const error = new RangeError(`The value of "${name}" is out of range. It must be an integer. Received ${value}`);
    error.code = 'ERR_OUT_OF_RANGE';
    throw error;
  }
}

class Readline {
  #stream;
  #autoCommit;
  #todo = [];

  // new Readline ( stream [, { autoCommit }] )
  constructor(stream, options = undefined) {
    if (typeof stream?.write !== 'function') throw invalidArgType('stream', 'an instance of Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      if (typeof options.autoCommit !== 'boolean') throw invalidArgType('options.autoCommit', 'of type boolean', options.autoCommit);
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y !== undefined) validateInteger(y, 'y');
    return this.#queue(cursor.cursorToSequence(x, y));
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(cursor.moveCursorSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir');
    return this.#queue(cursor.clearLineSequence(dir));
  }

  clearScreenDown() {
    return this.#queue(cursor.clearScreenDownSequence);
  }

  // commit ( ): writes the queued sequences; resolves once written.
  commit() {
    const data = this.#todo.join('');
    this.#todo = [];
    return new Promise((resolve) => this.#stream.write(data, resolve));
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
