'use strict';
// The HTTP server: a net.Server whose connections are parsed into requests ('request' with an
// IncomingMessage and a ServerResponse), answered in order (pipelined requests wait for the
// responses before them), kept alive between requests and closed when idle or too slow.

const net = require('net');
const { codedError, invalidArgType, validateInteger } = require('internal/errors');
const { HTTPParser, kRefuseUpgrade, continueExpression, chunkExpression, CRLF } = require('_http_common');
const { IncomingMessage, kMaxHeadersCount } = require('_http_incoming');
const { OutgoingMessage, kNeedDrain, kOutHeaders, headersSentError, validateHeaderName, validateHeaderValue } =
  require('_http_outgoing');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK', 201: 'Created',
  202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
  206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
  402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
  421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
  508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

// What the server answers a request it cannot read, by the error's code; then it closes.
const errorResponses = {
  HPE_HEADER_OVERFLOW: 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};
const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

class ServerResponse extends OutgoingMessage {
  constructor(req, options) {
    super(options);
    this.req = req;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this._sent100 = false;
    this._expect_continue = false;
    if (req.method === 'HEAD') this._hasBody = false;
    this.shouldKeepAlive = req.shouldKeepAlive;
    // HTTP/1.0 has no chunked encoding unless the client says it takes it.
    if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0))
      this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te ?? '');
  }

  assignSocket(socket) {
    if (socket._httpMessage) throw codedError(Error, 'ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket');
    socket._httpMessage = this;
    this.socket = socket;
    this.emit('socket', socket);
    this._flush();
  }

  detachSocket(socket) {
    if (socket._httpMessage === this) socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(callback) {
    this._writeRaw(`HTTP/1.1 100 Continue${CRLF}${CRLF}`, 'latin1', callback);
    this._sent100 = true;
  }

  writeProcessing(callback) {
    this._writeRaw(`HTTP/1.1 102 Processing${CRLF}${CRLF}`, 'latin1', callback);
  }

  writeEarlyHints(hints, callback) {
    if (!hints || typeof hints !== 'object') throw invalidArgType('hints', 'of type object', hints);
    let head = `HTTP/1.1 103 Early Hints${CRLF}`;
    for (const name of Object.keys(hints)) {
      validateHeaderName(name);
      const values = Array.isArray(hints[name]) ? hints[name] : [hints[name]];
      for (const value of values) {
        validateHeaderValue(name, value);
        head += `${name}: ${value}${CRLF}`;
      }
    }
    this._writeRaw(head + CRLF, 'latin1', callback);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, headers) {
    if (this._header) throw headersSentError('write');
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999)
      throw codedError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${original}`);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
      headers ??= reason;
    }
    this.statusCode = statusCode;
    if (checkInvalidStatusMessage(this.statusMessage))
      throw codedError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');

    let stored = this[kOutHeaders];
    if (headers && stored) {
      // setHeader() was used too: writeHead's headers are added over those.
      for (const [name, value] of headerEntries(headers)) if (name) this.setHeader(name, value);
      stored = this[kOutHeaders];
    } else if (headers) {
      stored = Array.isArray(headers) ? headerEntries(headers).flat() : headers;
      if (!Array.isArray(stored)) {
        const pairs = [];
        for (const name of Object.keys(stored)) if (name) pairs.push(name, stored[name]);
        stored = pairs;
      }
    }
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(`HTTP/1.1 ${statusCode} ${this.statusMessage}${CRLF}`, stored);
    return this;
  }
}

function checkInvalidStatusMessage(message) {
  return /[\r\n]/.test(message);
}

// writeHead's headers as [name, value] pairs: an object, a flat list or a list of pairs.
function headerEntries(headers) {
  if (!Array.isArray(headers)) return Object.entries(headers);
  if (headers.length && Array.isArray(headers[0])) return headers;
  if (headers.length % 2 !== 0)
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'headers' is invalid. Received ${headers}`);
  const pairs = [];
  for (let i = 0; i < headers.length; i += 2) pairs.push([headers[i], headers[i + 1]]);
  return pairs;
}

// The options argument of http.createServer and https.createServer: an object, or the
// request listener in its place. Returns [options, requestListener].
function serverArguments(options, requestListener) {
  if (typeof options === 'function') return [{}, options];
  if (options === undefined || options === null) return [{}, requestListener];
  if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  return [options, requestListener];
}

// What makes a net.Server (http) or tls.Server (https) an HTTP server: its options and
// timeouts, the connections it tracks, and the parsing of each connection (from
// `connectionEvent`).
function setupHttpServer(server, options, requestListener, connectionEvent) {
  server[kOptions] = {
    IncomingMessage: options.IncomingMessage ?? IncomingMessage,
    ServerResponse: options.ServerResponse ?? ServerResponse,
    maxHeaderSize: options.maxHeaderSize,
    insecureHTTPParser: !!options.insecureHTTPParser,
    joinDuplicateHeaders: !!options.joinDuplicateHeaders,
    highWaterMark: options.highWaterMark,
  };
  if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
  server.requestTimeout = options.requestTimeout ?? 300000;
  server.headersTimeout = options.headersTimeout ?? 60000;
  if (server.requestTimeout > 0 && server.headersTimeout > server.requestTimeout) {
    throw codedError(TypeError, 'ERR_OUT_OF_RANGE',
      `The value of "headersTimeout" is out of range. It must be <= requestTimeout. Received ${server.headersTimeout}`);
  }
  server.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30000;
  server.requireHostHeader = options.requireHostHeader ?? true;
  server.httpAllowHalfOpen = false;
  server.timeout = 0;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server.keepAliveTimeout = 5000;
  server[kConnections] = new Set();
  server[kCheckTimer] = null;
  if (requestListener) server.on('request', requestListener);
  server.on(connectionEvent, connectionListener);
  server.on('listening', () => startConnectionsCheck(server));
}

class Server extends net.Server {
  constructor(...args) {
    const [options, requestListener] = serverArguments(...args);
    super({ allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay, highWaterMark: options.highWaterMark });
    setupHttpServer(this, options, requestListener, 'connection');
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  }

  close(callback) {
    clearInterval(this[kCheckTimer]);
    this[kCheckTimer] = null;
    this.closeIdleConnections();
    return net.Server.prototype.close.call(this, callback);
  }

  closeAllConnections() {
    for (const state of this[kConnections]) state.socket.destroy();
  }

  closeIdleConnections() {
    for (const state of this[kConnections]) if (isIdle(state)) state.socket.destroy();
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve, reject) => this.close((error) => (error ? reject(error) : resolve())));
  }
}

const kOptions = Symbol('kOptions');
const kConnections = Symbol('kConnections');
const kCheckTimer = Symbol('kCheckTimer');

// A connection between requests: nothing being read or answered.
function isIdle(state) {
  return !state.incoming && !state.socket._httpMessage && state.outgoing.length === 0;
}

// Every connectionsCheckingInterval, connections whose headers or request take longer than
// headersTimeout or requestTimeout are answered 408 and closed.
function startConnectionsCheck(server) {
  if (server[kCheckTimer] || (server.headersTimeout <= 0 && server.requestTimeout <= 0)) return;
  server[kCheckTimer] = setInterval(() => {
    const now = Date.now();
    for (const state of server[kConnections]) {
      if (!state.requestStart) continue;
      const headersLate = server.headersTimeout > 0 && !state.headersDone
        && now - state.requestStart > server.headersTimeout;
      const requestLate = server.requestTimeout > 0 && now - state.requestStart > server.requestTimeout;
      if (headersLate || requestLate) {
        state.requestStart = 0;
        onClientError(server, state, codedError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'));
      }
    }
  }, server.connectionsCheckingInterval).unref();
}

function connectionListener(socket) {
  const server = this;
  const options = server[kOptions];
  const state = {
    socket,
    parser: new HTTPParser(false, options),
    incoming: null, // the request being read
    outgoing: [], // responses waiting for the socket
    requests: 0,
    requestStart: 0,
    headersDone: false,
  };
  server[kConnections].add(state);
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', () => onSocketTimeout(server, state));

  const parser = state.parser;
  parser.onHeaders = (info) => onRequestHeaders(server, state, info);
  parser.onBody = (chunk) => {
    state.incoming?._pushBody(chunk);
  };
  parser.onMessageComplete = (rawTrailers) => {
    const req = state.incoming;
    state.incoming = null;
    state.requestStart = 0;
    req?._pushEnd(rawTrailers);
  };

  socket.on('data', (data) => {
    if (!state.incoming && !state.requestStart) {
      state.requestStart = Date.now();
      state.headersDone = false;
    }
    parser.bodyMode = server.listenerCount('upgrade') > 0 ? 0 : kRefuseUpgrade;
    const result = parser.execute(data);
    if (result instanceof Error) onClientError(server, state, result);
    else if (result < data.length || state.upgrading) onUpgrade(server, state, data.subarray(result));
  });
  socket.on('end', () => {
    const result = parser.finish();
    if (result instanceof Error) {
      onClientError(server, state, result);
    } else if (!server.httpAllowHalfOpen) {
      if (socket._httpMessage || state.outgoing.length) state.endAfterResponses = true;
      else socket.end();
    }
  });
  socket.on('error', (error) => onClientError(server, state, error));
  socket.on('close', () => {
    server[kConnections].delete(state);
    parser.free();
    const req = state.incoming;
    if (req && !req.complete) {
      req.aborted = true;
      req.emit('aborted');
      req.destroy(codedError(Error, 'ECONNRESET', 'aborted'));
    }
    for (const res of state.outgoing) res.destroy();
    if (socket._httpMessage) socket._httpMessage.emit('close');
  });
  socket.on('drain', () => {
    const res = socket._httpMessage;
    if (res?.[kNeedDrain]) {
      res[kNeedDrain] = false;
      res.emit('drain');
    }
  });
}

function onRequestHeaders(server, state, info) {
  const options = server[kOptions];
  const socket = state.socket;
  state.headersDone = true;
  const req = new options.IncomingMessage(socket);
  req.httpVersionMajor = info.versionMajor;
  req.httpVersionMinor = info.versionMinor;
  req.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  req.rawHeaders = info.rawHeaders;
  req[kMaxHeadersCount] = server.maxHeadersCount;
  if (options.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
  req.method = info.method;
  req.url = info.url;
  req.upgrade = info.upgrade;
  req.shouldKeepAlive = info.shouldKeepAlive;
  state.incoming = req;
  state.requests++;

  if (req.upgrade) {
    // The rest of the connection is the new protocol's: handled once execute returns.
    state.upgrading = req;
    return;
  }
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  else socket.setTimeout?.(0);

  const res = new options.ServerResponse(req, { highWaterMark: options.highWaterMark });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  if (server.maxRequestsPerSocket > 0 && state.requests === server.maxRequestsPerSocket)
    res.maxRequestsOnConnectionReached = true;
  res.on('finish', () => onResponseFinish(server, state, req, res));
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  // A request beyond maxRequestsPerSocket is answered 503, and the connection closes.
  if (server.maxRequestsPerSocket > 0 && state.requests > server.maxRequestsPerSocket) {
    server.emit('dropRequest', req, socket);
    res.shouldKeepAlive = false;
    res.writeHead(503);
    res.end();
    return;
  }

  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && server.requireHostHeader
    && req.headers.host === undefined) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return;
  }
  const expect = req.headers.expect;
  if (expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (continueExpression.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
        return;
      }
      res.writeContinue();
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
      return;
    } else {
      res.writeHead(417);
      res.end();
      return;
    }
  }
  server.emit('request', req, res);
}

// An upgrade or CONNECT request: the socket leaves HTTP for the 'upgrade' or 'connect'
// listener, with the bytes after the request as `head`.
function onUpgrade(server, state, head) {
  const req = state.upgrading;
  state.upgrading = null;
  if (!req) return;
  const socket = state.socket;
  const event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  socket.removeAllListeners('data');
  socket.removeAllListeners('end');
  socket.removeAllListeners('timeout');
  socket.removeAllListeners('drain');
  socket.removeAllListeners('close');
  socket.removeAllListeners('error');
  server[kConnections].delete(state);
  state.parser.free();
  req.complete = true;
  req.push(null);
  if (server.listenerCount(event) > 0) server.emit(event, req, socket, Buffer.from(head));
  else socket.destroy();
}

function onResponseFinish(server, state, req, res) {
  const socket = state.socket;
  // The body nobody read is read and dropped, so the next request can be parsed.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(() => {
    res._closed = true;
    res.emit('close');
    // The request is done with too once its body has been read.
    if (req.readableEnded) req.destroy();
    else req.once('end', () => req.destroy());
  });
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length > 0) {
    state.outgoing.shift().assignSocket(socket);
  } else if (state.endAfterResponses) {
    socket.end();
  } else if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
    socket.setTimeout(server.keepAliveTimeout);
    state.keepAliveTimeoutSet = true;
  }
}

function onSocketTimeout(server, state) {
  const socket = state.socket;
  if (state.keepAliveTimeoutSet && isIdle(state)) {
    socket.destroy();
    return;
  }
  const req = state.incoming;
  const res = socket._httpMessage;
  const requestTimedOut = req ? req.emit('timeout', socket) : false;
  const responseTimedOut = res ? res.emit('timeout', socket) : false;
  const serverTimedOut = server.emit('timeout', socket);
  if (!requestTimedOut && !responseTimedOut && !serverTimedOut) socket.destroy();
}

// A request the parser rejected, a timeout or a socket error: 'clientError' listeners decide;
// without one, the client gets 400 (or 408, 413, 431) and the connection closes.
function onClientError(server, state, error) {
  const socket = state.socket;
  if (server.listenerCount('clientError') > 0) {
    server.emit('clientError', error, socket);
    return;
  }
  const response = errorResponses[error.code] ?? badRequestResponse;
  if (socket.writable && !socket._httpMessage && error.code !== 'ECONNRESET' && !error.syscall) {
    socket.write(response);
    socket.end();
  } else {
    socket.destroy(error.syscall ? undefined : error);
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  createServer,
  _connectionListener: connectionListener,
  serverArguments,
  setupHttpServer,
};
