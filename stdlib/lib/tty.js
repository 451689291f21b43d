'use strict';
// node:tty: isatty, and the terminal streams: ReadStream (raw mode) and WriteStream (size,
// 'resize', cursor movement, color depth), both net.Sockets over a TTY handle.

const { guessHandleType } = internalBinding('tty');
const { Socket } = require('internal/net/socket');
const { TTY } = require('internal/stream_handles');
const { codedError, errnoException, systemError } = require('internal/errors');
const cursor = require('internal/readline/cursor');
const { getColorDepth } = require('internal/tty/color_depth');

// isatty ( fd ): whether fd is an open terminal; false for anything not a valid fd.
function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && guessHandleType(fd) === 'TTY';
}

// The terminal handle of fd, or Node's errors for a bad fd or one that is not a terminal.
function ttyHandle(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw codedError(RangeError, 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
  }
  try {
    return new TTY(fd);
  } catch (error) {
    throw systemError('ERR_TTY_INIT_FAILED', 'TTY initialization failed', error.errno, 'uv_tty_init');
  }
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  Socket.call(this, { readableHighWaterMark: 0, ...options, handle: ttyHandle(fd), manualStart: true });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, Socket.prototype);
Object.setPrototypeOf(ReadStream, Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = Boolean(flag);
  const error = this._handle?.setRawMode(flag);
  if (error) {
    this.emit('error', errnoException(error, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  Socket.call(this, { readableHighWaterMark: 0, handle: ttyHandle(fd), manualStart: true });
  // Terminal writes finish before write() returns, as in Node.
  this._handle.setBlocking(true);
  const size = this._handle.getWindowSize();
  if (Array.isArray(size)) [this.columns, this.rows] = size;
}
Object.setPrototypeOf(WriteStream.prototype, Socket.prototype);
Object.setPrototypeOf(WriteStream, Socket);

WriteStream.prototype.isTTY = true;

// The window size changed (SIGWINCH): new columns and rows, and 'resize'.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const previous = [this.columns, this.rows];
  const size = this._handle?.getWindowSize();
  if (!Array.isArray(size)) {
    if (size !== undefined) this.emit('error', errnoException(size, 'getWindowSize'));
    return;
  }
  [this.columns, this.rows] = size;
  if (previous[0] !== this.columns || previous[1] !== this.rows) this.emit('resize');
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

WriteStream.prototype.getColorDepth = function colorDepth(env) {
  return getColorDepth(env);
};

// hasColors([count][, env]): whether the terminal shows at least count (16) colors.
WriteStream.prototype.hasColors = function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else if (count === undefined) {
    count = 16;
  } else {
    require('internal/errors').validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
};

WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  return cursor.cursorTo(this, x, y, callback);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  return cursor.moveCursor(this, dx, dy, callback);
};

WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  return cursor.clearLine(this, dir, callback);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  return cursor.clearScreenDown(this, callback);
};

module.exports = { isatty, ReadStream, WriteStream };
