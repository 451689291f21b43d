'use strict';
// readline: line-by-line reading of a stream (createInterface), ANSI cursor helpers, and
// keypress decoding (emitKeypressEvents).

const { Interface } = require('internal/readline/interface');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/cursor');
const { emitKeypressEvents } = require('internal/readline/keypress');

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('readline/promises');
  },
});
