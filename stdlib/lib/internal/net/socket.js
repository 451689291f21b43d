'use strict';
// net.Socket: a Duplex stream over a TCP or pipe handle (internal/stream_handles). Reads arrive
// through the handle's onread and are pushed; writes go to the handle (at once when the kernel
// takes them, else when the loop has written them); end() shuts the writing side down; the
// 'close' event comes once the handle is closed. connect() looks host names up with dns.lookup
// (trying each address in turn when autoSelectFamily is on) and then connects.

const { Buffer } = require('buffer');
const Duplex = require('internal/streams/duplex');
const { TCP, Pipe, UV_EOF } = require('internal/stream_handles');
const {
  codedError, invalidArgType, invalidArgValue, validateFunction, validateNumber, validateString,
  errnoException, exceptionWithHostPort,
} = require('internal/errors');
const { isIP, validatePort, normalizeArgs, kNormalizedArgs } = require('internal/net');
const { guessHandleType } = internalBinding('tty');

const UV_ENOTCONN = -107;
const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('bytesRead');
const kBytesWritten = Symbol('bytesWritten');
const kSetNoDelay = Symbol('setNoDelay');
const kSetKeepAlive = Symbol('setKeepAlive');
const kKeepAliveDelay = Symbol('keepAliveInitialDelay');
// The onread option: reads go into { buffer, callback } instead of the stream.
const kOnRead = Symbol('onread');
const kReadTarget = Symbol('readTarget');

// net.getDefaultAutoSelectFamily() and friends (lib/net.js sets them).
const autoSelectFamily = { enabled: true, attemptTimeout: 250 };

let dns;
function lazyDns() {
  return dns ??= require('dns');
}

function socketClosedError() {
  return codedError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed');
}

// A handle for an inherited fd: a Pipe for pipes and UNIX sockets, a TCP for TCP sockets.
function handleForFd(fd) {
  const type = guessHandleType(fd);
  if (type === 'PIPE') return new Pipe();
  if (type === 'TCP') return new TCP();
  throw codedError(TypeError, 'ERR_INVALID_FD_TYPE', `Unsupported fd type: ${type}`);
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  if (options.objectMode) throw invalidArgValue('options.objectMode', options.objectMode, 'is not supported');
  const allowHalfOpen = Boolean(options.allowHalfOpen);
  // The socket ends its writing side itself (onReadableEnd), and emits 'close' once the handle
  // is closed.
  Duplex.call(this, { ...options, allowHalfOpen: true, emitClose: false, autoDestroy: true, decodeStrings: false });
  this.allowHalfOpen = allowHalfOpen;
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;
  this[kTimeout] = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kKeepAliveDelay] = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
  this[kOnRead] = options.onread !== null && typeof options.onread === 'object' ? options.onread : null;
  this[kReadTarget] = null;

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    if (!Number.isInteger(fd) || fd < 0) throw invalidArgType('options.fd', 'of type number', fd);
    this._handle = handleForFd(fd);
    const error = this._handle.open(fd);
    if (error) throw errnoException(error, 'open');
  }
  initSocketHandle(this);
  this.on('end', onReadableEnd);

  if (this._handle !== null && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// Points the handle's callbacks at this socket.
function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  const handle = socket._handle;
  if (handle) {
    handle.owner = socket;
    handle.onread = onStreamRead;
    if (socket[kOnRead]) nextReadTarget(socket);
    if (socket[kSetNoDelay] && handle.setNoDelay) handle.setNoDelay(true);
    if (socket[kSetKeepAlive] && handle.setKeepAlive) handle.setKeepAlive(true, socket[kKeepAliveDelay]);
  }
}

// The other side ended: without allowHalfOpen, our side ends too (the Duplex does it) and
// later writes fail.
function onReadableEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterEnd;
}

function writeAfterEnd(chunk, encoding, callback) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, callback);
  if (typeof encoding === 'function') callback = encoding;
  const error = new Error('This socket has been ended by the other party');
  error.code = 'EPIPE';
  if (typeof callback === 'function') process.nextTick(callback, error);
  this.destroy(error);
  return false;
}

// onread: the buffer the next read goes to (the option's, or what its function returns); a
// read is at most as long.
function nextReadTarget(socket) {
  const { buffer } = socket[kOnRead];
  const target = typeof buffer === 'function' ? buffer() : buffer;
  socket[kReadTarget] = target;
  socket._handle.setReadSize(target.length);
}

// handle.onread(nread, arrayBuffer), `this` being the handle.
function onStreamRead(nread, bytes) {
  const socket = this.owner;
  if (nread > 0 && socket[kOnRead]) {
    // onread: the bytes go to the callback's buffer; false from it stops reading until resume().
    socket[kBytesRead] += nread;
    socket._unrefTimer();
    const target = socket[kReadTarget];
    target.set(new Uint8Array(bytes, 0, nread));
    const result = socket[kOnRead].callback(nread, target);
    if (this.closed) return;
    nextReadTarget(socket);
    if (result === false && this.reading) {
      this.reading = false;
      this.readStop();
    }
    return;
  }
  if (nread > 0) {
    socket[kBytesRead] += nread;
    socket._unrefTimer();
    if (!socket.push(Buffer.from(bytes, 0, nread)) && this.reading) {
      this.reading = false;
      const error = this.readStop();
      if (error) socket.destroy(errnoException(error, 'read'));
    }
    return;
  }
  if (nread === UV_EOF) {
    if (socket.readableLength === 0) {
      this.reading = false;
      this.readStop();
    }
    socket.push(null);
    socket.read(0);
    return;
  }
  socket.destroy(errnoException(nread, 'read'));
}

function tryReadStart(socket) {
  if (socket._handle.reading) return;
  socket._handle.reading = true;
  const error = socket._handle.readStart();
  if (error) socket.destroy(errnoException(error, 'read'));
}

Socket.prototype._read = function _read() {
  if (this.connecting || !this._handle) this.once('connect', () => this._read());
  else tryReadStart(this);
};

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, callback) {
  if (this.connecting) {
    // Written once connected; _pendingData is an array of { chunk, encoding } for a writev.
    this._pendingData = data;
    this._pendingEncoding = encoding;
    this.once('connect', () => {
      this._pendingData = null;
      this._writeGeneric(writev, data, encoding, callback);
    });
    return;
  }
  if (!this._handle) {
    callback(socketClosedError());
    return;
  }
  this._unrefTimer();
  const bytes = writev ? Buffer.concat(data.map(({ chunk, encoding: chunkEncoding }) =>
    typeof chunk === 'string' ? Buffer.from(chunk, chunkEncoding) : chunk)) : data;
  const req = { oncomplete: null };
  let result;
  if (typeof bytes === 'string' && (encoding === 'utf8' || encoding === 'utf-8')) {
    result = this._handle.writeUtf8String(req, bytes);
    this[kBytesWritten] += Buffer.byteLength(bytes);
  } else {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes, encoding) : bytes;
    result = this._handle.writeBuffer(req, buffer);
    this[kBytesWritten] += buffer.byteLength;
  }
  if (result < 0) {
    this.destroy(errnoException(result, 'write'));
    return;
  }
  if (result === 0) {
    callback();
    return;
  }
  req.oncomplete = (status) => {
    if (this.destroyed) {
      callback(status < 0 ? errnoException(status, 'write') : null);
      return;
    }
    if (status < 0) {
      const error = errnoException(status, 'write');
      callback(error);
      this.destroy(error);
      return;
    }
    this._unrefTimer();
    callback();
  };
};

Socket.prototype._write = function _write(chunk, encoding, callback) {
  this._writeGeneric(false, chunk, encoding, callback);
};

Socket.prototype._writev = function _writev(chunks, callback) {
  this._writeGeneric(true, chunks, '', callback);
};

// end(): once the writes are done, shut the writing side down.
Socket.prototype._final = function _final(callback) {
  if (this.pending) {
    this.once('connect', () => this._final(callback));
    return;
  }
  if (!this._handle) {
    callback();
    return;
  }
  const req = { oncomplete: () => callback() };
  const error = this._handle.shutdown(req);
  if (error === UV_ENOTCONN) callback();
  else if (error < 0) callback(errnoException(error, 'shutdown'));
};

Socket.prototype._destroy = function _destroy(exception, callback) {
  this.connecting = false;
  for (let socket = this; socket !== null; socket = socket._parent) {
    clearTimeout(socket[kTimeout]);
    socket[kTimeout] = null;
  }
  if (this._handle) {
    const hadError = Boolean(exception);
    const emitClose = () => this.emit('close', hadError);
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const error = this._handle.reset(emitClose);
      if (error) this.emit('error', errnoException(error, 'reset'));
    } else {
      this._handle.close(emitClose);
    }
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    callback(exception);
  } else {
    callback(exception);
    process.nextTick(() => this.emit('close', Boolean(exception)));
  }
  if (this._server) {
    this._server._connections--;
    this._server._emitCloseIfDrained();
  }
};

function noop() {}

Socket.prototype.connect = function connect(...args) {
  const normalized = Array.isArray(args[0]) && args[0][kNormalizedArgs] ? args[0] : normalizeArgs(args);
  const [options, callback] = normalized;
  if (options.port === undefined && options.path == null) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
  }
  const { path } = options;
  const pipe = Boolean(path);
  if (!this._handle) {
    this._handle = pipe ? new Pipe() : new TCP();
    initSocketHandle(this);
  }
  if (callback !== null) this.once('connect', callback);
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(socket, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) {
    throw codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${localAddress}`);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw invalidArgType('options.port', 'one of type number or string', port);
    }
    validatePort(port);
  }
  port |= 0;
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (socket.connecting) internalConnect(socket, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const family = socketToDnsFamily(options.family);
  const dnsOptions = { family, hints: options.hints || 0 };
  if (family !== 4 && family !== 6 && dnsOptions.hints === 0) dnsOptions.hints = lazyDns().ADDRCONFIG;
  socket._host = host;
  const lookup = options.lookup || lazyDns().lookup;
  const selectFamily = options.autoSelectFamily ?? autoSelectFamily.enabled;
  if (family !== 4 && family !== 6 && !localAddress && selectFamily) {
    const attemptTimeout = options.autoSelectFamilyAttemptTimeout ?? autoSelectFamily.attemptTimeout;
    lookup(host, { ...dnsOptions, all: true }, (error, addresses) => {
      if (error) {
        socket.emit('lookup', error, undefined, undefined, host);
        if (socket.connecting) process.nextTick(() => socket.destroy(error));
        return;
      }
      const valid = [];
      for (const { address, family: ipFamily } of addresses) {
        socket.emit('lookup', null, address, ipFamily, host);
        if (isIP(address) && (ipFamily === 4 || ipFamily === 6)) valid.push({ address, family: ipFamily });
      }
      if (!socket.connecting) return;
      if (valid.length === 0) {
        const invalid = codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${addresses[0]?.address}`);
        process.nextTick(() => socket.destroy(invalid));
      } else if (addresses.length === 1) {
        socket._unrefTimer();
        internalConnect(socket, valid[0].address, port, valid[0].family, localAddress, localPort);
      } else {
        connectInTurn(socket, valid, port, localPort, Math.max(attemptTimeout, 10));
      }
    });
    return;
  }
  lookup(host, dnsOptions, (error, ip, ipFamily) => {
    socket.emit('lookup', error, ip, ipFamily, host);
    if (!socket.connecting) return;
    if (error) {
      error.host = options.host;
      process.nextTick(() => socket.destroy(error));
    } else if (!isIP(ip)) {
      process.nextTick(() => socket.destroy(codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${ip}`)));
    } else if (ipFamily !== 4 && ipFamily !== 6) {
      process.nextTick(() => socket.destroy(codedError(TypeError, 'ERR_INVALID_ADDRESS_FAMILY',
        `Invalid address family: ${ipFamily} ${options.host}:${options.port}`)));
    } else {
      socket._unrefTimer();
      internalConnect(socket, ip, port, ipFamily, localAddress, localPort);
    }
  });
}

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

// autoSelectFamily with several addresses: each is tried in turn, the next when one fails or
// takes longer than `attemptTimeout`; when all fail, the socket fails with an AggregateError of
// their errors.
function connectInTurn(socket, addresses, port, localPort, attemptTimeout) {
  // Listed (as Node does) only when there is more than one address to try.
  const attempted = [];
  if (addresses.length > 1) socket.autoSelectFamilyAttemptedAddresses = attempted;
  const errors = [];
  const attempt = (index) => {
    const { address, family } = addresses[index];
    const last = index === addresses.length - 1;
    const handle = socket._handle;
    let timer = null;
    const tryNext = () => {
      clearTimeout(timer);
      handle.close();
      socket._handle = new TCP();
      initSocketHandle(socket);
      attempt(index + 1);
    };
    const onFailure = (error) => {
      errors.push(error);
      socket.emit('connectionAttemptFailed', address, port, family, error);
      if (!last) {
        tryNext();
        return;
      }
      const all = errors.length === 1 ? errors[0] : new AggregateError(errors);
      all.code ??= errors[0].code;
      socket.destroy(all);
    };
    attempted.push(`${address}:${port}`);
    socket.emit('connectionAttempt', address, port, family);
    if (!last) {
      timer = setTimeout(() => {
        socket.emit('connectionAttemptTimeout', address, port, family);
        tryNext();
      }, attemptTimeout);
    }
    internalConnect(socket, address, port, family, undefined, localPort, { onFailure, onSuccess: () => clearTimeout(timer) });
  };
  attempt(0);
}

// Connects the handle to an IP address and port, or to a pipe path (no addressType); a
// failure destroys the socket with Node's error, unless `attempt.onFailure` takes it.
function internalConnect(socket, address, port, addressType, localAddress, localPort, attempt) {
  const handle = socket._handle;
  let error = 0;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= '0.0.0.0';
      error = handle.bind(localAddress, localPort);
    } else {
      localAddress ||= '::';
      error = handle.bind6(localAddress, localPort, 0);
    }
    if (error) {
      socket.destroy(exceptionWithHostPort(error, 'bind', localAddress, localPort));
      return;
    }
  }
  const req = { address, port, localAddress, localPort, oncomplete: null };
  req.oncomplete = (status) => afterConnect(socket, handle, req, status, attempt);
  if (addressType === 4) error = handle.connect(req, address, port);
  else if (addressType === 6) error = handle.connect6(req, address, port);
  else error = handle.connect(req, address);
  if (error) {
    const sockname = socket._getsockname();
    const details = sockname.address ? `${sockname.address}:${sockname.port}` : undefined;
    const exception = exceptionWithHostPort(error, 'connect', address, port, details);
    if (attempt) attempt.onFailure(exception);
    else socket.destroy(exception);
  }
}

function afterConnect(socket, handle, req, status, attempt) {
  if (socket.destroyed || socket._handle !== handle) return;
  if (status < 0) {
    const details = req.localAddress && req.localPort ? `${req.localAddress}:${req.localPort}` : undefined;
    const exception = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      exception.localAddress = req.localAddress;
      exception.localPort = req.localPort;
    }
    if (attempt) attempt.onFailure(exception);
    else socket.destroy(exception);
    return;
  }
  attempt?.onSuccess();
  socket.connecting = false;
  socket._sockname = null;
  socket._unrefTimer();
  if (socket[kSetNoDelay] && handle.setNoDelay) handle.setNoDelay(true);
  if (socket[kSetKeepAlive] && handle.setKeepAlive) handle.setKeepAlive(true, socket[kKeepAliveDelay]);
  socket.emit('connect');
  socket.emit('ready');
  if (!socket.isPaused() && !socket.destroyed && socket.readable) tryReadStart(socket);
}

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "msecs" is out of range. It must be a non-negative finite number. Received ${msecs}`);
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  this.timeout = msecs;
  clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) this.removeListener('timeout', callback);
    return this;
  }
  this[kTimeout] = globalThis.setTimeout(() => this._onTimeout(), msecs);
  this[kTimeout].unref();
  if (callback !== undefined) this.once('timeout', callback);
  return this;
};

Socket.prototype._onTimeout = function _onTimeout() {
  this.emit('timeout');
};

// Activity pushes the idle timeout back (for this socket and the ones it wraps).
Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let socket = this; socket !== null; socket = socket._parent) socket[kTimeout]?.refresh();
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = enable === undefined ? true : Boolean(enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const delay = ~~((initialDelayMsecs ?? 0) / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveDelay] = delay;
    return this;
  }
  if (this._handle.setKeepAlive && (enable !== this[kSetKeepAlive] || (enable && delay !== this[kKeepAliveDelay]))) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveDelay] = delay;
    this._handle.setKeepAlive(enable, delay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    const out = this._handle.getsockname();
    if (typeof out === 'number') return {};
    this._sockname = out;
  }
  return this._sockname;
};

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = this._handle.getpeername();
    if (typeof out === 'number') return {};
    this._peername = out;
  }
  return this._peername;
};

function addressGetter(which, field) {
  return { configurable: true, enumerable: false, get() { return this[which]()[field]; } };
}

Object.defineProperties(Socket.prototype, {
  remoteAddress: addressGetter('_getpeername', 'address'),
  remoteFamily: addressGetter('_getpeername', 'family'),
  remotePort: addressGetter('_getpeername', 'port'),
  localAddress: addressGetter('_getsockname', 'address'),
  localFamily: addressGetter('_getsockname', 'family'),
  localPort: addressGetter('_getsockname', 'port'),
  pending: {
    configurable: true,
    get() { return !this._handle || this.connecting; },
  },
  readyState: {
    configurable: true,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
  },
  bufferSize: {
    configurable: true,
    get() { return this._handle ? this.writableLength : undefined; },
  },
  bytesRead: {
    configurable: true,
    get() { return this[kBytesRead]; },
  },
  // What was handed to the handle, plus what still waits in the stream's buffer.
  bytesWritten: {
    configurable: true,
    get() {
      let bytes = this[kBytesWritten];
      const count = (chunk, encoding) => (typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length);
      for (const { chunk, encoding } of this.writableBuffer ?? []) bytes += count(chunk, encoding);
      const pending = this._pendingData;
      if (Array.isArray(pending)) for (const { chunk, encoding } of pending) bytes += count(chunk, encoding);
      else if (pending) bytes += count(pending, this._pendingEncoding);
      return bytes;
    },
  },
  _connecting: {
    configurable: true,
    get() { return this.connecting; },
  },
});

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// With the onread option, resume() starts reading again after the callback stopped it.
Socket.prototype.resume = function resume() {
  if (this[kOnRead] && this._handle && !this.connecting && !this._handle.reading && !this.destroyed) tryReadStart(this);
  return Duplex.prototype.resume.call(this);
};

// end() now, destroy() once the writes are finished.
Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

// Closes a TCP connection with a reset instead of an orderly end.
Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw codedError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(socketClosedError());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.end = function end(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

module.exports = { Socket, autoSelectFamily, kSetNoDelay, kSetKeepAlive, kKeepAliveDelay };
