'use strict';
// The readline Interface over a non-terminal input stream: input chunks are decoded and split
// into lines at \n, \r\n or \r (a \r\n split across two chunks within crlfDelay ms is one line
// break); each line is emitted as 'line' or answers the pending question(). The input's end
// emits the last unterminated line and closes the interface. The terminal line editor
// (terminal: true) is not implemented.

const EventEmitter = require('events');
const { invalidArgType, validateString } = require('internal/errors');
const validateAbortSignal = require('internal/streams/validate-abort-signal');

const kMinCrlfDelay = 100;
const kHistorySize = 30;
const lineEnding = /\r?\n|\r(?!\n)/g;

function useAfterClose() {
  const error = new Error('readline was closed');
  error.code = 'ERR_USE_AFTER_CLOSE';
  return error;
}

function notImplemented(name) {
  const error = new Error(`${name} is not implemented`);
  error.code = 'ERR_NOT_IMPLEMENTED';
  return error;
}

class Interface extends EventEmitter {
  #lineBuffer = null; // the unterminated end of the input so far
  #sawReturnAt = 0; // when a chunk ended with \r
  #decoder = null;
  #prompt = '> ';
  #oldPrompt = '';
  #questionCallback = null;
  #lineIterator;
  #detach;

  // new Interface ( input [, output [, completer [, terminal]]] ) or ( options )
  constructor(input, output, completer, terminal) {
    super();
    let options = {};
    if (input?.input) {
      options = input;
      ({ input, output, completer, terminal } = options);
    }
    let { historySize, crlfDelay, signal, prompt } = options;
    if (completer !== undefined && typeof completer !== 'function') {
      const error = new TypeError(`The argument 'completer' is invalid. Received ${completer}`);
      error.code = 'ERR_INVALID_ARG_VALUE';
      throw error;
    }
    if (historySize === undefined) historySize = kHistorySize;
    if (typeof historySize !== 'number') throw invalidArgType('historySize', 'of type number', historySize);
    if (Number.isNaN(historySize) || historySize < 0) {
      const error = new RangeError(`The value of "historySize" is out of range. It must be >= 0. Received ${historySize}`);
      error.code = 'ERR_OUT_OF_RANGE';
      throw error;
    }
    validateAbortSignal(signal, 'options.signal');
    if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;
    if (terminal) throw notImplemented('readline in terminal mode (options.terminal)');

    this.terminal = false;
    this.input = input;
    this.output = output;
    this.completer = completer;
    this.historySize = historySize;
    this.history = [];
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.line = '';
    this.paused = false;
    if (prompt !== undefined) this.#prompt = prompt;

    const ondata = (data) => this.#normalWrite(data);
    const onend = () => {
      if (typeof this.#lineBuffer === 'string' && this.#lineBuffer.length > 0) this.emit('line', this.#lineBuffer);
      this.close();
    };
    const onerror = (error) => this.emit('error', error);
    input.on('error', onerror);
    input.on('data', ondata);
    input.on('end', onend);
    this.#detach = () => {
      input.removeListener('error', onerror);
      input.removeListener('data', ondata);
      input.removeListener('end', onend);
    };
    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) {
        process.nextTick(onAbort);
      } else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    input.resume();
  }

  get cursor() {
    return undefined;
  }

  getPrompt() {
    return this.#prompt;
  }

  setPrompt(prompt) {
    this.#prompt = prompt;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    this.#writeToOutput(this.#prompt);
  }

  // question ( query [, { signal }], callback ): the next line goes to callback instead of
  // 'line'.
  question(query, options, callback) {
    callback = typeof options === 'function' ? options : callback;
    if (options !== null && typeof options === 'object' && options.signal !== undefined) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => this.#questionCancel();
      signal.addEventListener('abort', onAbort, { once: true });
      const original = callback;
      callback = (answer) => {
        signal.removeEventListener('abort', onAbort);
        original(answer);
      };
    }
    if (typeof callback === 'function') this.#question(query, callback);
  }

  #question(query, callback) {
    if (this.closed) throw useAfterClose();
    if (this.#questionCallback) {
      this.prompt();
    } else {
      this.#oldPrompt = this.#prompt;
      this.setPrompt(query);
      this.#questionCallback = callback;
      this.prompt();
    }
  }

  #questionCancel() {
    if (this.#questionCallback) {
      this.#questionCallback = null;
      this.setPrompt(this.#oldPrompt);
      this.clearLine();
    }
  }

  clearLine() {
    this.#writeToOutput('\r\n');
    this.line = '';
  }

  #writeToOutput(text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  #onLine(line) {
    if (this.#questionCallback) {
      const callback = this.#questionCallback;
      this.#questionCallback = null;
      this.setPrompt(this.#oldPrompt);
      callback(line);
    } else {
      this.emit('line', line);
    }
  }

  #normalWrite(data) {
    if (data === undefined) return;
    let text;
    if (typeof data === 'string') {
      text = data;
    } else {
      if (this.#decoder === null) {
        const { StringDecoder } = require('string_decoder');
        this.#decoder = new StringDecoder('utf8');
      }
      text = this.#decoder.write(data);
    }
    if (this.#sawReturnAt && Date.now() - this.#sawReturnAt <= this.crlfDelay) {
      if (text.codePointAt(0) === 10) text = text.slice(1);
      this.#sawReturnAt = 0;
    }
    // Whether this chunk (not the buffered part) ends a line.
    lineEnding.lastIndex = 0;
    const endsLine = lineEnding.test(text);
    if (this.#lineBuffer) {
      text = this.#lineBuffer + text;
      this.#lineBuffer = null;
    }
    if (!endsLine) {
      if (text) this.#lineBuffer = text;
      return;
    }
    this.#sawReturnAt = text.endsWith('\r') ? Date.now() : 0;
    lineEnding.lastIndex = 0;
    let start = 0;
    const lines = [];
    for (let match; (match = lineEnding.exec(text)) !== null;) {
      lines.push(text.slice(start, match.index));
      start = lineEnding.lastIndex;
    }
    const rest = text.slice(start);
    if (rest) this.#lineBuffer = rest;
    for (const line of lines) this.#onLine(line);
  }

  // write ( data ): handles `data` as if it came from the input (even after close, as Node).
  write(data, key) {
    if (this.paused) this.resume();
    this.#normalWrite(data);
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.#detach();
    this.emit('close');
  }

  getCursorPos() {
    throw notImplemented('readline getCursorPos() outside terminal mode');
  }

  // The lines as an async iterator; leaving the loop early closes the interface.
  [Symbol.asyncIterator]() {
    if (this.#lineIterator === undefined) {
      const events = EventEmitter.on(this, 'line', { close: ['close'] });
      this.#lineIterator = {
        next: () => events.next().then((result) => (result.done ? result : { value: result.value[0], done: false })),
        return: () => {
          this.close();
          return events.return();
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    }
    return this.#lineIterator;
  }
}

module.exports = { Interface };
