'use strict';
// Editing a line of input at a cursor, shared by readline's terminal mode and the REPL: each
// function changes `state.line` and `state.cursor` (a UTF-16 index) as a key asks. Words are
// runs of word characters or of punctuation; whitespace around them goes with them, as in
// Node's readline.

// The length of the character before (or at) `index`, 2 for a surrogate pair.
function charLengthBefore(line, index) {
  const code = line.codePointAt(index - 2);
  return index >= 2 && code > 0xffff ? 2 : 1;
}

function charLengthAt(line, index) {
  return line.codePointAt(index) > 0xffff ? 2 : 1;
}

function insertText(state, text) {
  state.line = state.line.slice(0, state.cursor) + text + state.line.slice(state.cursor);
  state.cursor += text.length;
}

// Backspace.
function deleteLeft(state) {
  if (state.cursor === 0 || state.line.length === 0) return false;
  const size = charLengthBefore(state.line, state.cursor);
  state.line = state.line.slice(0, state.cursor - size) + state.line.slice(state.cursor);
  state.cursor -= size;
  return true;
}

// Delete (and Ctrl+D on a line that is not empty).
function deleteRight(state) {
  if (state.cursor >= state.line.length) return false;
  state.line = state.line.slice(0, state.cursor) + state.line.slice(state.cursor + charLengthAt(state.line, state.cursor));
  return true;
}

// How far the start of the word before the cursor is (Ctrl+W deletes that far, Ctrl+Left moves).
function wordLeftDistance(state) {
  const reversed = Array.from(state.line.slice(0, state.cursor)).reverse().join('');
  return /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed)[0].length;
}

// How far the end of the word after the cursor (and the whitespace after it) is.
function wordRightDistance(state) {
  return /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(state.line.slice(state.cursor))?.[0].length ?? 0;
}

function deleteWordLeft(state) {
  if (state.cursor === 0) return false;
  const start = state.cursor - wordLeftDistance(state);
  state.line = state.line.slice(0, start) + state.line.slice(state.cursor);
  state.cursor = start;
  return true;
}

function deleteWordRight(state) {
  if (state.cursor >= state.line.length) return false;
  const trailing = state.line.slice(state.cursor);
  const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
  state.line = state.line.slice(0, state.cursor) + trailing.slice(match[0].length);
  return true;
}

// Ctrl+U.
function deleteToStart(state) {
  state.line = state.line.slice(state.cursor);
  state.cursor = 0;
}

// Ctrl+K.
function deleteToEnd(state) {
  state.line = state.line.slice(0, state.cursor);
}

module.exports = {
  insertText, deleteLeft, deleteRight, deleteWordLeft, deleteWordRight, deleteToStart, deleteToEnd,
  wordLeftDistance, wordRightDistance,
};
