'use strict';
// fs.ReadStream and fs.WriteStream: Readable and Writable streams over a file, opened (unless
// an fd is given) in _construct, read or written at a position that advances from `start`,
// and closed when destroyed (with autoClose).

const { Readable, Writable } = require('stream');
const { Buffer } = require('buffer');
const { getValidatedPath, getValidatedFd, getOptions, validateInteger, notImplemented } = require('internal/fs/utils');
const { outOfRange } = require('internal/errors');

const kDefaultReadHighWaterMark = 64 * 1024;

// The settings both streams take from their options (checked before the stream exists): path
// or fd, flags, mode, start (the position, advancing), autoClose.
function settingsOf(path, options, defaultFlags) {
  const fd = options.fd === undefined || options.fd === null ? null : getValidatedFd(options.fd);
  if (options.start !== undefined) validateInteger(options.start, 'start', 0);
  if (options.fs !== undefined) throw notImplemented('the fs option of fs streams');
  return {
    fd,
    path: fd === null ? getValidatedPath(path) : undefined,
    flags: options.flags ?? defaultFlags,
    mode: options.mode ?? 0o666,
    start: options.start,
    pos: options.start,
    autoClose: options.autoClose ?? true,
  };
}

// _construct: opens the file (unless the stream was given an fd), then 'open' and 'ready'.
function open(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  require('fs').open(this.path, this.flags, this.mode, (error, fd) => {
    if (error) {
      callback(error);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', fd);
    this.emit('ready');
  });
}

// _destroy: closes the fd when the stream owns it.
function close(error, callback) {
  if (this.fd === null || !this.autoClose) {
    callback(error);
    return;
  }
  const fd = this.fd;
  this.fd = null;
  require('fs').close(fd, (closeError) => callback(error ?? closeError));
}

// close(callback): destroys the stream; callback when it has closed.
function closeStream(callback) {
  if (typeof callback === 'function') this.once('close', callback);
  if (this.closed) {
    if (typeof callback === 'function') process.nextTick(callback);
    return;
  }
  this.destroy();
}

const pendingGetter = {
  get() { return this.fd === null; },
  configurable: true,
};

class ReadStream extends Readable {
  constructor(path, options) {
    options = getOptions(options, {});
    const settings = settingsOf(path, options, 'r');
    const end = options.end ?? Infinity;
    if (end !== Infinity) validateInteger(end, 'end', 0);
    if (settings.start !== undefined && settings.start > end) {
      throw outOfRange('start', `<= "end" (here: ${end})`, settings.start);
    }
    super({ highWaterMark: kDefaultReadHighWaterMark, ...options, construct: undefined });
    Object.assign(this, settings, { end, bytesRead: 0 });
  }

  _construct(callback) { open.call(this, callback); }

  _read(size) {
    const first = this.pos ?? this.bytesRead;
    const count = Math.min(size, this.end - first + 1);
    if (count <= 0) {
      this.push(null);
      return;
    }
    const buffer = Buffer.allocUnsafe(count);
    require('fs').read(this.fd, buffer, 0, count, this.pos ?? null, (error, bytesRead) => {
      if (error) {
        this.destroy(error);
        return;
      }
      if (bytesRead === 0) {
        this.push(null);
        return;
      }
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(buffer.subarray(0, bytesRead));
    });
  }

  _destroy(error, callback) { close.call(this, error, callback); }

  close(callback) { closeStream.call(this, callback); }
}
Object.defineProperty(ReadStream.prototype, 'pending', pendingGetter);

class WriteStream extends Writable {
  constructor(path, options) {
    options = getOptions(options, {});
    const settings = settingsOf(path, options, 'w');
    super({ ...options, construct: undefined, decodeStrings: true });
    Object.assign(this, settings, { bytesWritten: 0 });
  }

  _construct(callback) { open.call(this, callback); }

  _write(chunk, encoding, callback) {
    require('fs').write(this.fd, chunk, 0, chunk.length, this.pos ?? null, (error, written) => {
      if (error) {
        callback(error);
        return;
      }
      this.bytesWritten += written;
      if (this.pos !== undefined) this.pos += written;
      callback();
    });
  }

  _destroy(error, callback) { close.call(this, error, callback); }

  // close(callback): ends the stream (flushing what is buffered), then closes it.
  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    if (!this.writableEnded) this.end();
    else if (!this.destroyed) this.destroy();
  }

  destroySoon() { this.end(); }
}
Object.defineProperty(WriteStream.prototype, 'pending', pendingGetter);

module.exports = {
  ReadStream,
  WriteStream,
  createReadStream: (path, options) => new ReadStream(path, options),
  createWriteStream: (path, options) => new WriteStream(path, options),
};
