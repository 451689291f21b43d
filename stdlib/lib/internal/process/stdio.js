'use strict';
// process.stdout, process.stderr and process.stdin, made on first use from what the file
// descriptor is: a terminal (tty streams), a pipe or socket (a net.Socket; writes to it finish
// at once, as in Node on POSIX), a file (SyncWriteStream, fs.ReadStream), or nothing usable
// (writes are dropped, reads end at once). Closing them never closes fds 0-2.

const { guessHandleType } = internalBinding('tty');
const { flushStdout } = internalBinding('process');

// destroy() (and so end()) leaves the descriptor open and the stream usable again, as in
// Node; 'close' is still emitted.
function keepFdOpen(error, callback) {
  callback(error);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY':
      stream = new (require('tty').WriteStream)(fd);
      stream._type = 'tty';
      break;
    case 'FILE':
      stream = new (require('internal/fs/sync_write_stream'))(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/net/socket');
      stream = new Socket({ fd, readable: false, writable: true });
      stream._handle.setBlocking(true);
      stream._type = 'pipe';
      break;
    }
    default: {
      const { Writable } = require('stream');
      stream = new Writable({ write(chunk, encoding, callback) { callback(); } });
    }
  }
  // What console.log buffered before goes first.
  flushStdout();
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = keepFdOpen;
  // A stdio stream never keeps the process alive.
  stream._handle?.unref();
  if (stream._type === 'tty') process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

function createStdin() {
  let stdin;
  switch (guessHandleType(0)) {
    case 'TTY':
      stdin = new (require('tty').ReadStream)(0);
      break;
    case 'FILE':
      stdin = require('fs').createReadStream(null, { fd: 0, autoClose: false });
      break;
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/net/socket');
      stdin = new Socket({ fd: 0, readable: true, writable: false, manualStart: true });
      break;
    }
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({ read() { this.push(null); } });
    }
  }
  stdin.fd = 0;
  // Reading starts when the program asks for data and stops when it pauses, so stdin keeps
  // the process alive only while it is being read.
  if (stdin._handle) {
    stdin.on('pause', () => {
      if (!stdin._handle) return;
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    });
  }
  return stdin;
}

module.exports = { createWritableStdioStream, createStdin };
