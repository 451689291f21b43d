'use strict';
// Moving the cursor and clearing a terminal with ANSI escape sequences written to a stream.
// Each returns the stream's write() result (true when there is no stream to write to).

const { invalidArgType } = require('internal/errors');

const CSI = '\x1b[';

function invalidArgValue(name, value) {
  const error = new TypeError(`The argument '${name}' is invalid. Received ${value}`);
  error.code = 'ERR_INVALID_ARG_VALUE';
  return error;
}

function validateCallback(callback) {
  if (callback !== undefined && typeof callback !== 'function') {
    throw invalidArgType('callback', 'of type function', callback);
  }
}

function write(stream, data, callback) {
  if (stream == null || data === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

// The sequences, shared with readline/promises' Readline.
function cursorToSequence(x, y) {
  return typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
}

function moveCursorSequence(dx, dy) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return data;
}

function clearLineSequence(dir) {
  if (dir < 0) return `${CSI}1K`; // to the left of the cursor
  if (dir > 0) return `${CSI}0K`; // to the right
  return `${CSI}2K`; // the whole line
}

const clearScreenDownSequence = `${CSI}0J`;

// cursorTo ( stream, x [, y] [, callback] )
function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  validateCallback(callback);
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return write(null, '', callback);
  if (typeof x !== 'number') throw invalidArgValue('x', x);
  return write(stream, cursorToSequence(x, y), callback);
}

function moveCursor(stream, dx, dy, callback) {
  validateCallback(callback);
  if (stream == null || !(dx || dy)) return write(null, '', callback);
  return write(stream, moveCursorSequence(dx, dy), callback);
}

function clearLine(stream, dir, callback) {
  validateCallback(callback);
  return write(stream, stream == null ? '' : clearLineSequence(dir), callback);
}

function clearScreenDown(stream, callback) {
  validateCallback(callback);
  return write(stream, stream == null ? '' : clearScreenDownSequence, callback);
}

module.exports = {
  cursorTo, moveCursor, clearLine, clearScreenDown,
  cursorToSequence, moveCursorSequence, clearLineSequence, clearScreenDownSequence,
};
