'use strict';
// net.Server: an EventEmitter over a listening TCP or pipe handle. Each connection the handle
// accepts becomes a net.Socket ('connection'); close() stops listening, and 'close' comes once
// the last connection is gone too.

const EventEmitter = require('events');
const { TCP, Pipe } = require('internal/stream_handles');
const { Socket, kSetNoDelay, kSetKeepAlive, kKeepAliveDelay } = require('internal/net/socket');
const {
  codedError, invalidArgType, invalidArgValue, validateNumber, errnoException, uvErrorName,
} = require('internal/errors');
const { isPipeName, normalizeArgs, validatePort } = require('internal/net');
const { guessHandleType } = internalBinding('tty');
const { getDefaultHighWaterMark } = require('internal/streams/state');

const UV_EINVAL = -22;

// "listen EADDRINUSE: address already in use 127.0.0.1:80", with code, errno, syscall, address
// and port.
function listenError(errno, syscall, address, port) {
  const [code, description] = uvErrorName(errno);
  const where = port > 0 ? `${address}:${port}` : address;
  const error = new Error(`${syscall} ${code}: ${description} ${where}`);
  error.code = code;
  error.errno = errno;
  error.syscall = syscall;
  error.address = address;
  if (port > 0) error.port = port;
  return error;
}

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw invalidArgType('options', 'of type object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  if (options.keepAliveInitialDelay !== undefined) validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  if (options.highWaterMark !== undefined) validateNumber(options.highWaterMark, 'options.highWaterMark');
  this._connections = 0;
  this._handle = null;
  this._unref = false;
  this._pipeName = undefined;
  this._connectionKey = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// The listening handle bound to (address, port), or to a pipe path (port -1), or over an
// inherited fd; a negative libuv error when that fails. With no address, '::' is tried first
// and '0.0.0.0' when IPv6 is not available.
function createServerHandle(address, port, addressType, fd, ipv6Only) {
  let handle;
  let error = 0;
  if (typeof fd === 'number' && fd >= 0) {
    const type = guessHandleType(fd);
    if (type === 'PIPE') handle = new Pipe();
    else if (type === 'TCP') handle = new TCP();
    else return UV_EINVAL;
    error = handle.open(fd);
    if (error) {
      handle.close();
      return error;
    }
    return handle;
  }
  if (port === -1 && addressType === -1) {
    handle = new Pipe();
    error = handle.bind(address);
  } else {
    handle = new TCP();
    if (!address) {
      error = handle.bind6('::', port, ipv6Only);
      if (error) {
        handle.close();
        return createServerHandle('0.0.0.0', port, 4);
      }
    } else if (addressType === 6) {
      error = handle.bind6(address, port, ipv6Only);
    } else {
      error = handle.bind(address, port);
    }
  }
  if (error) {
    handle.close();
    return error;
  }
  return handle;
}

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog, fd, ipv6Only) {
  if (!this._handle) {
    const handle = createServerHandle(address, port, addressType, fd, ipv6Only);
    if (typeof handle === 'number') {
      process.nextTick(() => this.emit('error', listenError(handle, 'listen', address, port)));
      return;
    }
    this._handle = handle;
  }
  const handle = this._handle;
  handle.owner = this;
  handle.onconnection = onConnection;
  const error = handle.listen(backlog || 511);
  if (error) {
    handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('error', listenError(error, 'listen', address, port)));
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(() => {
    if (this._handle) this.emit('listening');
  });
};

// handle.onconnection(status), `this` being the listening handle.
function onConnection(status) {
  const server = this.owner;
  if (status < 0) {
    server.emit('error', errnoException(status, 'accept'));
    return;
  }
  const client = this instanceof TCP ? new TCP() : new Pipe();
  const error = this.accept(client);
  if (error) {
    client.close();
    server.emit('error', errnoException(error, 'accept'));
    return;
  }
  if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
    if (client.getpeername) {
      const local = client.getsockname();
      const remote = client.getpeername();
      if (typeof local === 'object' && typeof remote === 'object') {
        server.emit('drop', {
          localAddress: local.address, localPort: local.port, localFamily: local.family,
          remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
        });
      }
    }
    client.close();
    return;
  }
  const socket = new Socket({
    handle: client, allowHalfOpen: server.allowHalfOpen, pauseOnCreate: server.pauseOnConnect,
    readable: true, writable: true, highWaterMark: server.highWaterMark,
  });
  if (server.noDelay && client.setNoDelay) {
    socket[kSetNoDelay] = true;
    client.setNoDelay(true);
  }
  if (server.keepAlive && client.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kKeepAliveDelay] = server.keepAliveInitialDelay;
    client.setKeepAlive(true, server.keepAliveInitialDelay);
  }
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

Server.prototype.listen = function listen(...args) {
  const [normalized, callback] = normalizeArgs(args);
  if (this._handle) throw codedError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  if (callback !== null) this.once('listening', callback);
  const numeric = (value) => (Number(value) >= 0 ? Number(value) : false);
  const backlogFromArgs = numeric(args.length > 1 && args[1]) || numeric(args.length > 2 && args[2]);
  let options = normalized._handle || normalized.handle || normalized;
  const ipv6Only = Boolean(options.ipv6Only);
  // listen(handle): a server or socket's handle, or { fd }.
  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    this._listen2(null, -1, -1, backlogFromArgs);
    return this;
  }
  if (options.signal) addAbortSignal(this, options.signal);
  if (typeof options.fd === 'number' && options.fd >= 0) {
    this._listen2(null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options = { ...options, port: 0 };
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    const port = validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) lookupAndListen(this, port, options.host, backlog, ipv6Only);
    else this._listen2(null, port, 4, backlog, undefined, ipv6Only);
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    this._listen2(options.path, -1, -1, options.backlog || backlogFromArgs);
    if (this._handle && (options.readableAll || options.writableAll)) {
      const error = this._handle.chmod(Boolean(options.readableAll), Boolean(options.writableAll));
      if (error) {
        this._handle.close();
        this._handle = null;
        throw errnoException(error, 'uv_pipe_chmod');
      }
    }
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw invalidArgValue('options', options, 'must have the property "port" or "path"');
  }
  throw invalidArgValue('options', options);
};

function lookupAndListen(server, port, host, backlog, ipv6Only) {
  require('dns').lookup(host, (error, address, family) => {
    if (error) {
      server.emit('error', error);
      return;
    }
    server._listen2(address, port, address ? family : 4, backlog, undefined, ipv6Only);
  });
}

function addAbortSignal(server, signal) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  const onAborted = () => server.close();
  if (signal.aborted) process.nextTick(onAborted);
  else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true,
  enumerable: true,
  get() { return Boolean(this._handle && this._connectionKey); },
});

Server.prototype.address = function address() {
  if (this._handle && this._handle.getsockname) {
    const out = this._handle.getsockname();
    if (typeof out === 'number') throw errnoException(out, 'address');
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

Server.prototype.close = function close(callback) {
  if (typeof callback === 'function') {
    if (!this._handle) {
      this.once('close', () => callback(codedError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')));
    } else {
      this.once('close', callback);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(() => this.emit('close'));
};

Server.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((error) => (error ? reject(error) : resolve())));
};

Server.prototype.getConnections = function getConnections(callback) {
  process.nextTick(callback, null, this._connections);
  return this;
};

Server.prototype.ref = function ref() {
  this._unref = false;
  this._handle?.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  this._handle?.unref();
  return this;
};

module.exports = { Server };
