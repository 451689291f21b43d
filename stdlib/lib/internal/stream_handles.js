'use strict';
// The JS objects over the C++ stream handles (stdlib/stream_handle.h): TCP, Pipe and TTY, with
// what every stream handle does (internalBinding('stream_wrap')) on their common base. The
// native handle keeps its JS object alive while open and calls its callbacks: onread(nread,
// arrayBuffer) (nread < 0: a libuv error, UV_EOF at the end), onconnection(status) and
// onclose(). Write, shutdown and connect requests are objects whose oncomplete(status) runs
// when the loop finishes them.

const streamWrap = internalBinding('stream_wrap');
const tcpWrap = internalBinding('tcp_wrap');
const pipeWrap = internalBinding('pipe_wrap');
const ttyBinding = internalBinding('tty');
const { uvException } = require('internal/errors');

// libuv's end-of-stream number.
const UV_EOF = -4095;

// Subclasses set _id from their binding's create (checked: a failure is thrown).
class StreamHandle {
  constructor() {
    this._id = -1;
    this._closeCallback = undefined;
    this.closed = false;
    this.reading = false;
    this.onread = null;
    this.onconnection = null;
  }

  readStart() { return streamWrap.readStart(this._id); }
  readStop() { return streamWrap.readStop(this._id); }
  // 0: written now; 1: req.oncomplete(status) follows; < 0: a libuv error.
  writeBuffer(req, bytes) { return streamWrap.writeBuffer(this._id, req, bytes); }
  writeUtf8String(req, string) { return streamWrap.writeUtf8String(this._id, req, string); }
  shutdown(req) { return streamWrap.shutdown(this._id, req); }
  listen(backlog) { return streamWrap.listen(this._id, backlog); }
  accept(client) { return streamWrap.accept(this._id, client._id); }
  ref() { if (!this.closed) streamWrap.ref(this._id); }
  unref() { if (!this.closed) streamWrap.unref(this._id); }
  hasRef() { return !this.closed && streamWrap.hasRef(this._id); }
  get fd() { return this.closed ? -1 : streamWrap.fd(this._id); }
  get writeQueueSize() { return this.closed ? 0 : streamWrap.writeQueueSize(this._id); }
  setBlocking(blocking) { return streamWrap.setBlocking(this._id, blocking); }
  // The most one read delivers (0: libuv's choice).
  setReadSize(bytes) { streamWrap.setReadSize(this._id, bytes); }

  close(callback) {
    if (this.closed) return;
    this.closed = true;
    this._closeCallback = callback;
    streamWrap.close(this._id);
  }

  // Called by the native handle once it is closed.
  onclose() {
    const callback = this._closeCallback;
    this._closeCallback = undefined;
    if (typeof callback === 'function') callback();
  }
}

class TCP extends StreamHandle {
  constructor() { super(); this._id = checked(tcpWrap.create(this)); }
  open(fd) { return tcpWrap.open(this._id, fd); }
  bind(address, port) { return tcpWrap.bind(this._id, address, port); }
  bind6(address, port, ipv6Only) { return tcpWrap.bind6(this._id, address, port, ipv6Only); }
  connect(req, address, port) { return tcpWrap.connect(this._id, address, port, req); }
  connect6(req, address, port) { return tcpWrap.connect6(this._id, address, port, req); }
  getsockname() { return tcpWrap.getsockname(this._id); }
  getpeername() { return tcpWrap.getpeername(this._id); }
  setNoDelay(enable) { return tcpWrap.setNoDelay(this._id, enable); }
  setKeepAlive(enable, delaySeconds) { return tcpWrap.setKeepAlive(this._id, enable, delaySeconds); }

  // Closes with a TCP reset; callback() once closed.
  reset(callback) {
    if (this.closed) return 0;
    this.closed = true;
    this._closeCallback = callback;
    return tcpWrap.reset(this._id);
  }
}

class Pipe extends StreamHandle {
  constructor() { super(); this._id = checked(pipeWrap.create(this)); }
  open(fd) { return pipeWrap.open(this._id, fd); }
  bind(path) { return pipeWrap.bind(this._id, path); }
  connect(req, path) { return pipeWrap.connect(this._id, path, req); }
  chmod(readable, writable) { return pipeWrap.chmod(this._id, readable, writable); }
}

class TTY extends StreamHandle {
  // A terminal handle for fd; a failure (not a terminal, bad fd) is thrown.
  constructor(fd) { super(); this._id = checked(ttyBinding.create(this, fd)); }
  setRawMode(raw) { return ttyBinding.setRawMode(this._id, raw); }
  // [columns, rows], or a negative libuv error.
  getWindowSize() { return ttyBinding.getWindowSize(this._id); }
}

function checked(id) {
  if (id < 0) throw uvException(id, 'uv_handle_init');
  return id;
}

module.exports = { StreamHandle, TCP, Pipe, TTY, UV_EOF };
