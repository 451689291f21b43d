'use strict';
// ClientRequest: a request sent on a socket from an Agent (or options.createConnection), whose
// response is parsed into an IncomingMessage ('response'), with 1xx responses as 'information',
// upgrades and CONNECT tunnels as 'upgrade' and 'connect', and the socket handed back to the
// agent for the next request when both sides keep the connection alive.

const { Buffer } = require('buffer');
const { codedError, invalidArgType, validateInteger } = require('internal/errors');
const { HTTPParser, kNoBody, kConnectTunnel, checkIsHttpToken, CRLF } = require('_http_common');
const { IncomingMessage, kMaxHeadersCount } = require('_http_incoming');
const { OutgoingMessage, kOutHeaders } = require('_http_outgoing');
const { globalAgent } = require('_http_agent');

// Methods whose requests have no body by default: no chunked encoding for them.
const methodsWithoutBody = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);
const unescapedPathPattern = /[\u0000-\u0020]/;

function hangUpError() {
  const error = new Error('socket hang up');
  error.code = 'ECONNRESET';
  return error;
}

// The options of a URL string or URL object, as http.request reads them.
function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password)
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

class ClientRequest extends OutgoingMessage {
  constructor(input, options, callback) {
    super();
    if (typeof input === 'string') {
      input = urlToHttpOptions(new URL(input));
    } else if (input instanceof URL) {
      input = urlToHttpOptions(input);
    } else {
      callback = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      callback = options;
      options = input ?? {};
    } else {
      options = { ...input, ...options };
    }

    let agent = options.agent;
    const defaultAgent = options._defaultAgent || globalAgent;
    if (agent === false) {
      agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
    } else if (typeof agent.addRequest !== 'function') {
      throw invalidArgType('options.agent', 'one of Agent-like Object, undefined, or false', agent);
    }
    this.agent = agent;

    const protocol = options.protocol || defaultAgent.protocol;
    let expectedProtocol = defaultAgent.protocol;
    if (this.agent?.protocol) expectedProtocol = this.agent.protocol;
    if (protocol !== expectedProtocol)
      throw codedError(TypeError, 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "${expectedProtocol}"`);

    const defaultPort = options.defaultPort || this.agent?.defaultPort || 80;
    const port = (options.port = options.port || defaultPort || 80);
    const host = (options.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host')
      || 'localhost');
    const setHost = options.setHost === undefined || Boolean(options.setHost);
    this.socketPath = options.socketPath;
    if (options.timeout !== undefined) this.timeout = validateTimeout(options.timeout);

    const method = options.method;
    if (method !== null && method !== undefined && typeof method !== 'string')
      throw invalidArgType('options.method', 'of type string', method);
    if (method && !checkIsHttpToken(method))
      throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `Method must be a valid HTTP token ["${method}"]`);
    this.method = method ? method.toUpperCase() : 'GET';
    this.path = options.path || '/';
    if (unescapedPathPattern.test(this.path))
      throw codedError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
    this.protocol = protocol;
    this.host = host;
    if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
    this.maxHeaderSize = options.maxHeaderSize;
    this.insecureHTTPParser = !!options.insecureHTTPParser;
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    this.useChunkedEncodingByDefault = !methodsWithoutBody.has(this.method);
    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeadersCount = null;
    this.reusedSocket = false;

    if (callback) this.once('response', callback);

    const headers = options.headers;
    if (Array.isArray(headers)) {
      this._storeHeader(`${this.method} ${this.path} HTTP/1.1${CRLF}`, headers);
    } else {
      if (headers) for (const name of Object.keys(headers)) this.setHeader(name, headers[name]);
      if (host && !this.getHeader('host') && setHost) {
        let hostHeader = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
        if (port && Number(port) !== defaultPort) hostHeader += `:${port}`;
        this.setHeader('Host', hostHeader);
      }
      if (options.auth && !this.getHeader('Authorization'))
        this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
      if (this.getHeader('expect')) this._storeHeader(`${this.method} ${this.path} HTTP/1.1${CRLF}`, this[kOutHeaders]);
    }

    // Keep-alive: unless the agent keeps no socket and has no limit to queue requests by.
    if (this.agent && !this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else if (this.agent) {
      this._last = false;
      this.shouldKeepAlive = true;
    } else {
      this.shouldKeepAlive = false;
    }

    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(require('internal/errors').abortError({ cause: signal.reason }));
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }

    // The signal is the request's: the socket is destroyed through it.
    const connectOptions = { ...options };
    delete connectOptions.signal;
    if (this.agent) {
      this.agent.addRequest(this, connectOptions);
    } else if (typeof options.createConnection === 'function') {
      let called = false;
      const onCreate = (error, socket) => {
        if (called) return;
        called = true;
        this.onSocket(socket, error);
      };
      const socket = options.createConnection(connectOptions, onCreate);
      if (socket) onCreate(null, socket);
    }
  }

  _implicitHeader() {
    if (this._header) throw codedError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot render headers after they are sent to the client');
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1${CRLF}`, this[kOutHeaders]);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this.res?._dump();
    this[kError] = error;
    // Without a socket yet, the request fails when it gets one (onSocket).
    if (this.socket) this.socket.destroy(error);
    return this;
  }

  onSocket(socket, error) {
    process.nextTick(() => {
      if (error) {
        emitErrorAndClose(this, error);
      } else if (this.destroyed) {
        // Destroyed before it had a socket: the socket goes back unused, and the request fails
        // with a hang-up unless it was aborted.
        const reason = this[kError] ?? (this.aborted ? undefined : hangUpError());
        if (!this[kError] && this.agent && !socket.destroyed) socket.emit('free');
        else socket.destroy();
        emitErrorAndClose(this, reason);
      } else {
        tickOnSocket(this, socket);
      }
    });
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    msecs = validateTimeout(msecs);
    if (callback) this.once('timeout', callback);
    if (this.socket) setSocketTimeout(this, this.socket, msecs);
    else this.once('socket', (socket) => setSocketTimeout(this, socket, msecs));
    return this;
  }

  setNoDelay(noDelay) {
    if (this.socket) this.socket.setNoDelay(noDelay);
    else this.once('socket', (socket) => socket.setNoDelay(noDelay));
  }

  setSocketKeepAlive(enable, initialDelay) {
    if (this.socket) this.socket.setKeepAlive(enable, initialDelay);
    else this.once('socket', (socket) => socket.setKeepAlive(enable, initialDelay));
  }
}

const kError = Symbol('kError');
const kListeners = Symbol('kListeners');

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string')
    throw invalidArgType(`options.${name}`, 'of type string or one of undefined or null', host);
  return host;
}

function validateTimeout(msecs) {
  if (typeof msecs !== 'number') throw invalidArgType('timeout', 'of type number', msecs);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { outOfRange } = require('internal/errors');
    throw outOfRange('timeout', 'a non-negative finite number', msecs);
  }
  return msecs;
}

function setSocketTimeout(req, socket, msecs) {
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  req.timeoutCb = () => req.emit('timeout');
  if (msecs === 0) {
    socket.setTimeout(0);
    return;
  }
  socket.once('timeout', req.timeoutCb);
  socket.setTimeout(msecs);
}

function emitClose(req) {
  if (req._closed) return;
  req._closed = true;
  req.emit('close');
}

function emitErrorAndClose(req, error) {
  if (error && !req[kErrorEmitted]) {
    req[kErrorEmitted] = true;
    req.emit('error', error);
  }
  emitClose(req);
}
const kErrorEmitted = Symbol('kErrorEmitted');

// The request has its socket: send what waited, and read the response.
function tickOnSocket(req, socket) {
  const parser = new HTTPParser(true, { maxHeaderSize: req.maxHeaderSize, insecureHTTPParser: req.insecureHTTPParser });
  if (req.method === 'HEAD') parser.bodyMode = kNoBody;
  else if (req.method === 'CONNECT') parser.bodyMode = kConnectTunnel;
  req.parser = parser;
  req.socket = socket;
  socket._httpMessage = req;
  parser.onHeaders = (info) => onResponseHeaders(req, socket, info);
  parser.onBody = (chunk) => {
    req.res?._pushBody(chunk);
  };
  parser.onMessageComplete = (rawTrailers) => onResponseComplete(req, socket, rawTrailers);

  const listeners = {
    data: (data) => {
      const result = parser.execute(data);
      if (result instanceof Error) {
        freeParser(req, socket);
        socket.destroy(result);
      } else if (req.upgradeOrConnect && req.res) {
        onUpgrade(req, socket, data.subarray(result));
      }
    },
    end: () => {
      // A response delimited by the connection's end completes now; a missing one is a hang-up.
      if (!req.res) req[kError] ??= hangUpError();
      else if (!req.res.complete) parser.finish();
      socket.destroy();
    },
    error: (error) => {
      if (!req.res || !req.res.complete) req[kError] ??= error;
    },
    close: () => onSocketClose(req, socket),
    drain: () => req.emit('drain'),
  };
  for (const [event, listener] of Object.entries(listeners)) socket.on(event, listener);
  req[kListeners] = listeners;
  req.emit('socket', socket);
  if (req.timeout !== undefined && !req.timeoutCb) setSocketTimeout(req, socket, req.timeout);
  req._flush();
}

// The socket is no longer this request's: its listeners and parser go.
function freeParser(req, socket) {
  for (const [event, listener] of Object.entries(req[kListeners] ?? {})) socket.removeListener(event, listener);
  req[kListeners] = null;
  if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
  req.parser?.free();
  req.parser = null;
}

function onSocketClose(req, socket) {
  freeParser(req, socket);
  const res = req.res;
  if (res) {
    if (!res.complete) {
      res.aborted = true;
      res.emit('aborted');
      res.destroy(codedError(Error, 'ECONNRESET', 'aborted'));
    }
    emitClose(req);
    if (!res.destroyed && res.readableEnded) res.destroy();
  } else {
    emitErrorAndClose(req, req[kError] ?? hangUpError());
  }
}

function onResponseHeaders(req, socket, info) {
  const res = new IncomingMessage(socket);
  res.httpVersionMajor = info.versionMajor;
  res.httpVersionMinor = info.versionMinor;
  res.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  res.rawHeaders = info.rawHeaders;
  res[kMaxHeadersCount] = req.maxHeadersCount;
  res.statusCode = info.statusCode;
  res.statusMessage = info.statusMessage;
  res.upgrade = info.upgrade;
  if (res.statusCode >= 100 && res.statusCode < 200 && res.statusCode !== 101) {
    // An interim response: the real one follows.
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    req[kInterim] = true;
    return;
  }
  req[kInterim] = false;
  req.res = res;
  res.req = req;
  if (req.method === 'CONNECT' ? res.statusCode >= 200 && res.statusCode < 300 : res.upgrade) {
    req.upgradeOrConnect = true;
    return;
  }
  req.shouldKeepAlive = req.shouldKeepAlive && info.shouldKeepAlive;
  if (req.aborted || !req.emit('response', res)) res._dump();
}

const kInterim = Symbol('kInterim');

function onResponseComplete(req, socket, rawTrailers) {
  if (req[kInterim]) return;
  const res = req.res;
  if (!res || req.upgradeOrConnect) return;
  res._pushEnd(rawTrailers);
  // The socket goes back to the agent, or closes, once the request has been sent too.
  const release = () => {
    if (req.shouldKeepAlive && req.agent && !socket.destroyed) {
      releaseSocket(req, socket);
    } else if (!socket.destroyed) {
      socket.destroySoon ? socket.destroySoon() : socket.end();
    }
    // The request closes once its response has been read, then the response.
    res.once('end', () => {
      emitClose(req);
      if (!res.destroyed) res.destroy();
    });
  };
  if (req.writableFinished || req.finished) release();
  else req.once('finish', release);
}

// Keep-alive: the socket goes back to the agent ('free') for the next request.
function releaseSocket(req, socket) {
  freeParser(req, socket);
  socket.setTimeout(0);
  socket.emit('free');
}

// A 101 response or an established CONNECT tunnel: the socket leaves HTTP for the 'upgrade' or
// 'connect' listener.
function onUpgrade(req, socket, head) {
  freeParser(req, socket);
  socket._httpMessage = null;
  const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  const res = req.res;
  res.complete = true;
  if (req.listenerCount(event) > 0) {
    req.emit(event, res, socket, Buffer.from(head));
    emitClose(req);
  } else {
    socket.destroy();
  }
}

module.exports = { ClientRequest, urlToHttpOptions };
