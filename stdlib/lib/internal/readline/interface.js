'use strict';
// The readline Interface. Over a non-terminal input, chunks are decoded and split into lines at
// \n, \r\n or \r (a \r\n split across two chunks within crlfDelay ms is one line break); in
// terminal mode (terminal: true, the default when the output is a TTY) keys edit the line in
// place (internal/readline/terminal) and Return ends it, which adds it to the history. Each line
// is emitted as 'line' or answers the pending question(). The input's end emits the last
// unterminated line and closes the interface.

const EventEmitter = require('events');
const { invalidArgType, validateInteger, validateString } = require('internal/errors');
const validateAbortSignal = require('internal/streams/validate-abort-signal');
const { TerminalInput, displayPosition } = require('internal/readline/terminal');

const kMinCrlfDelay = 100;
const kHistorySize = 30;
const lineEnding = /\r?\n|\r(?!\n)/g;

function useAfterClose() {
  const error = new Error('readline was closed');
  error.code = 'ERR_USE_AFTER_CLOSE';
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
  #terminal = null; // the TerminalInput in terminal mode

  // new Interface ( input [, output [, completer [, terminal]]] ) or ( options )
  constructor(input, output, completer, terminal) {
    super();
    let options = {};
    if (input?.input) {
      options = input;
      ({ input, output, completer, terminal } = options);
    }
    let { historySize, crlfDelay, signal, prompt, history, tabSize, removeHistoryDuplicates } = options;
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
    if (history === undefined) history = [];
    else if (!Array.isArray(history)) throw invalidArgType('history', 'an instance of Array', history);
    if (tabSize === undefined) tabSize = 8;
    else validateInteger(tabSize, 'tabSize', 1);
    if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

    this.terminal = !!terminal;
    this.input = input;
    this.output = output;
    this.completer = completer;
    this.historySize = historySize;
    this.history = history;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.tabSize = tabSize;
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.line = '';
    this.paused = false;
    if (prompt !== undefined) this.#prompt = prompt;

    const onerror = (error) => this.emit('error', error);
    input.on('error', onerror);
    this.#detach = this.terminal ? this.#attachTerminal(options) : this.#attachLines();
    const detachInput = this.#detach;
    this.#detach = () => {
      input.removeListener('error', onerror);
      detachInput();
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

  // Lines split from the input's text.
  #attachLines() {
    const { input } = this;
    const ondata = (data) => this.#normalWrite(data);
    const onend = () => {
      if (typeof this.#lineBuffer === 'string' && this.#lineBuffer.length > 0) this.emit('line', this.#lineBuffer);
      this.close();
    };
    input.on('data', ondata);
    input.on('end', onend);
    return () => {
      input.removeListener('data', ondata);
      input.removeListener('end', onend);
    };
  }

  // Terminal mode: raw input decoded into keys that edit the line.
  #attachTerminal(options) {
    const { input, output } = this;
    this.cursor = 0;
    this.historyIndex = -1;
    this.#terminal = new TerminalInput(this, () => this.#submitTerminalLine());
    // A chunk of one character was typed; longer ones were pasted, and the tabs in a paste
    // (but one that ends it) are text rather than completion.
    const ondata = (data) => {
      const text = typeof data === 'string' ? data : String(data);
      this.#terminal.sawKeyPress = [...text].length === 1;
      this.#terminal.literalTabs = text.split('\t').length - 1 - (text.endsWith('\t') ? 1 : 0);
    };
    const onkeypress = (sequence, key) => this.#terminal.onKeypress(sequence, key);
    const onend = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onresize = () => this.#terminal.refreshLine();
    input.on('data', ondata);
    require('internal/readline/keypress').emitKeypressEvents(input, { escapeCodeTimeout: options.escapeCodeTimeout });
    input.on('keypress', onkeypress);
    input.on('end', onend);
    output?.on('resize', onresize);
    this.#setRawMode(true);
    return () => {
      input.removeListener('data', ondata);
      input.removeListener('keypress', onkeypress);
      input.removeListener('end', onend);
      output?.removeListener('resize', onresize);
    };
  }

  #setRawMode(raw) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(raw);
    return wasRaw;
  }

  // Return in terminal mode: the line goes to the history, the output to a new row.
  #submitTerminalLine() {
    const line = this.#addHistory();
    this.clearLine();
    this.#onLine(line);
  }

  // Adds the line to the front of the history (not again when it is already first; anywhere
  // else too with removeHistoryDuplicates), keeping historySize entries; 'history' tells.
  #addHistory() {
    const { line } = this;
    if (line.length === 0) return '';
    if (this.historySize === 0 || line.trim().length === 0) return line;
    if (this.history.length === 0 || this.history[0] !== line) {
      if (this.removeHistoryDuplicates) {
        const index = this.history.indexOf(line);
        if (index !== -1) this.history.splice(index, 1);
      }
      this.history.unshift(line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // A 'history' listener may change the history (drop a password, say): what it holds first
    // is the line.
    const added = this.history[0];
    this.emit('history', this.history);
    return added;
  }

  getPrompt() {
    return this.#prompt;
  }

  setPrompt(prompt) {
    this.#prompt = prompt;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this.#terminal.refreshLine();
    } else {
      this.#writeToOutput(this.#prompt);
    }
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
    if (this.terminal) this.#terminal.moveCursor(Infinity);
    this.#writeToOutput('\r\n');
    this.line = '';
    if (this.terminal) {
      this.cursor = 0;
      this.#terminal.prevRows = 0;
    }
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

  // write ( data[, key] ): handles `data` (in terminal mode, the key) as if it came from the
  // input (even after close, as Node).
  write(data, key) {
    if (this.paused) this.resume();
    if (this.terminal) this.#terminal.onKeypress(data, key);
    else this.#normalWrite(data);
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
    if (this.terminal) this.#setRawMode(false);
    this.pause();
    this.closed = true;
    this.#detach();
    this.emit('close');
  }

  // { rows, cols } of the cursor, counted from the start of the prompt, wrapped at the
  // output's columns.
  getCursorPos() {
    const before = this.#prompt + this.line.slice(0, this.terminal ? this.cursor : undefined);
    return displayPosition(before, this.output?.columns || Infinity, this.tabSize);
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
