'use strict';
// OutgoingMessage: what ServerResponse and ClientRequest share. It keeps the headers until the
// first write, then sends the start line and headers (with Content-Length, or chunked
// Transfer-Encoding, and Connection decided here), the body, and the chunked encoding's end and
// trailers. Before the message has a socket, what it sends waits in outputData.

const Stream = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');
const { CRLF, checkInvalidHeaderChar, checkIsHttpToken } = require('_http_common');

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('kCorked');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('kErrored');

const kHighWaterMark = 16 * 1024;

function headersSentError(action) {
  return codedError(Error, 'ERR_HTTP_HEADERS_SENT', `Cannot ${action} headers after they are sent to the client`);
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name))
    throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `${label} must be a valid HTTP token ["${name}"]`);
}

function validateHeaderValue(name, value) {
  if (value === undefined)
    throw codedError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  if (checkInvalidHeaderChar(String(value)))
    throw codedError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
}

// An array value's elements, each checked.
function validateHeader(name, value) {
  validateHeaderName(name);
  if (Array.isArray(value)) {
    if (value.length === 0) validateHeaderValue(name, undefined);
    for (const element of value) validateHeaderValue(name, element);
  } else {
    validateHeaderValue(name, value);
  }
}

let cachedDate = '';
let cachedDateSecond = -1;
// The Date header's value (an IMF-fixdate), computed once per second.
function utcDate() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== cachedDateSecond) {
    cachedDateSecond = second;
    cachedDate = new Date(now).toUTCString();
  }
  return cachedDate;
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

class OutgoingMessage extends Stream {
  constructor(options) {
    super();
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.maxRequestsOnConnectionReached = false;
    this._defaultKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._removedConnection = false;
    this._removedContLen = false;
    this._removedTE = false;
    this.strictContentLength = false;
    this._contentLength = null;
    this._hasBody = true;
    this._trailer = '';
    this.finished = false;
    this._headerSent = false;
    this._header = null;
    this._keepAliveTimeout = 0;
    this._maxRequestsPerSocket = 0;
    this.socket = null;
    this[kOutHeaders] = null;
    this[kCorked] = 0;
    this[kNeedDrain] = false;
    this[kBytesWritten] = 0;
    this[kErrored] = null;
    this._closed = false;
    this.highWaterMark = options?.highWaterMark ?? kHighWaterMark;
  }

  get connection() {
    return this.socket;
  }

  set connection(socket) {
    this.socket = socket;
  }

  get writableFinished() {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  }

  get writableObjectMode() {
    return false;
  }

  get writableLength() {
    return this.outputSize + (this.socket ? this.socket.writableLength : 0);
  }

  get writableHighWaterMark() {
    return this.socket ? this.socket.writableHighWaterMark : this.highWaterMark;
  }

  get writableCorked() {
    return this[kCorked];
  }

  get writableEnded() {
    return this.finished;
  }

  get writableNeedDrain() {
    return !this.destroyed && !this.finished && this[kNeedDrain];
  }

  get errored() {
    return this[kErrored];
  }

  get closed() {
    return this._closed;
  }

  get headersSent() {
    return !!this._header;
  }

  cork() {
    if (this.socket) this.socket.cork();
    else this[kCorked]++;
  }

  uncork() {
    if (this.socket) this.socket.uncork();
    else if (this[kCorked]) this[kCorked]--;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (this.socket) this.socket.setTimeout(msecs);
    else this.once('socket', (socket) => socket.setTimeout(msecs));
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this[kErrored] = error ?? null;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  setHeader(name, value) {
    if (this._header) throw headersSentError('set');
    validateHeader(name, value);
    (this[kOutHeaders] ??= { __proto__: null })[name.toLowerCase()] = [name, value];
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw headersSentError('append');
    validateHeader(name, value);
    const headers = (this[kOutHeaders] ??= { __proto__: null });
    const key = name.toLowerCase();
    const existing = headers[key];
    if (existing === undefined) {
      headers[key] = [name, value];
    } else {
      const values = Array.isArray(existing[1]) ? existing[1] : [existing[1]];
      existing[1] = values.concat(value);
    }
    return this;
  }

  // Replaces all headers with those of a Headers or Map.
  setHeaders(headers) {
    if (this._header) throw headersSentError('set');
    if (!headers || typeof headers.entries !== 'function' || Array.isArray(headers))
      throw invalidArgType('headers', 'an instance of Headers or Map', headers);
    for (const [name, value] of headers.entries()) this.setHeader(name, value);
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
    return this[kOutHeaders]?.[name.toLowerCase()]?.[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] ? Object.keys(this[kOutHeaders]) : [];
  }

  getRawHeaderNames() {
    return this[kOutHeaders] ? Object.values(this[kOutHeaders]).map(([name]) => name) : [];
  }

  getHeaders() {
    const headers = { __proto__: null };
    for (const key in this[kOutHeaders]) headers[key] = this[kOutHeaders][key][1];
    return headers;
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
    return !!this[kOutHeaders]?.[name.toLowerCase()];
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
    if (this._header) throw headersSentError('remove');
    const key = name.toLowerCase();
    if (key === 'connection') this._removedConnection = true;
    else if (key === 'content-length') this._removedContLen = true;
    else if (key === 'transfer-encoding') this._removedTE = true;
    else if (key === 'date') this.sendDate = false;
    if (this[kOutHeaders]) delete this[kOutHeaders][key];
  }

  // Makes the header block from the start line and the headers (an object of [name, value]
  // pairs, or a flat [name, value, ...] array from writeHead), adding what HTTP/1.1 needs.
  _storeHeader(firstLine, headers) {
    const state = { connection: false, contentLength: false, transferEncoding: false, date: false, expect: false,
      trailer: false, header: firstLine };
    if (Array.isArray(headers)) {
      for (let i = 0; i < headers.length; i += 2) processHeader(this, state, headers[i], headers[i + 1], true);
    } else if (headers) {
      for (const key in headers) {
        const [name, value] = headers[key];
        processHeader(this, state, name, value, false);
      }
    }
    if (this.sendDate && !state.date) state.header += `Date: ${utcDate()}${CRLF}`;

    // Connection: a server response closes when asked to, or when the request or its version
    // can't keep the connection alive.
    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) this._hasBody = false;
    if (this._removedConnection) {
      this._last = !this.shouldKeepAlive;
    } else if (!state.connection) {
      const shouldSendKeepAlive = this.shouldKeepAlive && (state.contentLength || this.useChunkedEncodingByDefault
        || this.agent);
      if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
        state.header += `Connection: close${CRLF}`;
      } else if (shouldSendKeepAlive) {
        state.header += `Connection: keep-alive${CRLF}`;
        if (this._keepAliveTimeout && this._defaultKeepAlive) {
          const max = this._maxRequestsPerSocket ? `, max=${this._maxRequestsPerSocket}` : '';
          state.header += `Keep-Alive: timeout=${Math.floor(this._keepAliveTimeout / 1000)}${max}${CRLF}`;
        }
      } else {
        this._last = true;
        state.header += `Connection: close${CRLF}`;
      }
    }

    // Framing: Content-Length when the length is known, chunked otherwise (HTTP/1.1 only).
    if (!state.contentLength && !state.transferEncoding) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
        state.header += `Content-Length: ${this._contentLength}${CRLF}`;
      } else if (!this._removedTE) {
        state.header += `Transfer-Encoding: chunked${CRLF}`;
        this.chunkedEncoding = true;
      } else {
        // No framing left: the body ends with the connection.
        this._last = true;
      }
    }
    if (this.chunkedEncoding !== true && state.trailer)
      throw codedError(Error, 'ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding');
    this._header = state.header + CRLF;
    this._headerSent = false;
    if (state.expect) this._send('');
  }

  _implicitHeader() {
    throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _implicitHeader() method is not implemented');
  }

  // Sends `data`, after the header block if that has not gone yet.
  _send(data, encoding, callback) {
    if (!this._headerSent && this._header !== null) {
      if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
        data = this._header + data;
      } else {
        this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
        this.outputSize += this._header.length;
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback);
  }

  _writeRaw(data, encoding, callback) {
    const socket = this.socket;
    if (socket?.destroyed) return false;
    if (socket && socket._httpMessage === this && socket.writable) {
      if (this.outputData.length) this._flushOutput(socket);
      return socket.write(data, encoding, callback);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    return this.outputSize < this.writableHighWaterMark;
  }

  // Writes what waited for the socket.
  _flushOutput(socket) {
    while (this[kCorked]) {
      this[kCorked]--;
      socket.cork();
    }
    const pending = this.outputData;
    if (pending.length === 0) return true;
    this.outputData = [];
    this.outputSize = 0;
    socket.cork();
    let result;
    for (const { data, encoding, callback } of pending) result = socket.write(data, encoding, callback);
    socket.uncork();
    return result;
  }

  _flush() {
    const socket = this.socket;
    if (socket && socket.writable) {
      const result = this._flushOutput(socket);
      if (this.finished) this._finish();
      else if (result) this.emit('drain');
    }
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('');
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const result = writeBody(this, chunk, encoding, callback, false);
    if (!result) this[kNeedDrain] = true;
    return result;
  }

  addTrailers(headers) {
    this._trailer = '';
    const entries = Array.isArray(headers) ? headers : Object.entries(headers);
    for (const [name, value] of entries) {
      if (typeof name !== 'string' || !name || !checkIsHttpToken(name))
        throw codedError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `Trailer name must be a valid HTTP token ["${name}"]`);
      if (checkInvalidHeaderChar(String(value)))
        throw codedError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in trailer content ["${name}"]`);
      this._trailer += `${name}: ${value}${CRLF}`;
    }
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (chunk !== null && chunk !== undefined) {
      if (this.finished) {
        onWriteAfterEnd(this, callback);
        return this;
      }
      if (this.socket) this.socket.cork();
      writeBody(this, chunk, encoding, null, true);
      if (this.socket) this.socket.uncork();
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (this.writableFinished) process.nextTick(callback);
        else this.once('finish', callback);
      }
      return this;
    } else if (!this._header) {
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    if (this.strictContentLength && this[kBytesWritten] !== this._contentLength && this.hasHeader('content-length')
      && this._hasBody) {
      throw codedError(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
        `Response body's content-length of ${this[kBytesWritten]} byte(s) does not match the content-length of ${this._contentLength} byte(s) set in header`);
    }
    // 'finish' once the last bytes are written.
    const onFinish = () => this.emit('finish');
    if (this._hasBody && this.chunkedEncoding) this._send(`0${CRLF}${this._trailer}${CRLF}`, 'latin1', onFinish);
    else this._send('', 'latin1', onFinish);
    // Writes held back by cork() go now.
    while (this.socket?.writableCorked) this.socket.uncork();
    this[kCorked] = 0;
    this.finished = true;
    if (this.outputData.length === 0 && this.socket?._httpMessage === this) this._finish();
    return this;
  }

  _finish() {
    this.emit('prefinish');
  }

  pipe() {
    this.emit('error', codedError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
  }
}

// One header of _storeHeader: validated when it came from writeHead, appended, and noted when
// it is one the framing depends on.
function processHeader(message, state, name, value, validate) {
  if (validate) validateHeader(name, value);
  // A list of cookies is one Cookie header; other lists repeat the header.
  if (Array.isArray(value) && !(value.length >= 2 && name.toLowerCase() === 'cookie')) {
    for (const element of value) storeHeader(message, state, name, element);
  } else {
    storeHeader(message, state, name, Array.isArray(value) ? value.join('; ') : value);
  }
}

function storeHeader(message, state, name, value) {
  state.header += `${name}: ${value}${CRLF}`;
  switch (name.toLowerCase()) {
    case 'connection':
      state.connection = true;
      message._removedConnection = false;
      if (/(?:^|\W)close(?:$|\W)/i.test(value)) message._last = true;
      else message.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.transferEncoding = true;
      message._removedTE = false;
      if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) message.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contentLength = true;
      message._contentLength = Number(value);
      message._removedContLen = false;
      break;
    case 'date':
      state.date = true;
      break;
    case 'expect':
      state.expect = true;
      break;
    case 'trailer':
      state.trailer = true;
      break;
  }
}

// The callback, then 'error' (unless destroyed meanwhile).
function onWriteAfterEnd(message, callback) {
  const error = codedError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
  if (message.destroyed) return;
  process.nextTick(() => {
    if (typeof callback === 'function') callback(error);
    if (!message.destroyed) message.emit('error', error);
  });
}

// write(chunk) and end(chunk): the header block on the first call, then the chunk, framed as a
// chunk of the chunked encoding when that is in use.
function writeBody(message, chunk, encoding, callback, fromEnd) {
  if (message.finished) {
    onWriteAfterEnd(message, callback);
    return false;
  }
  if (message.destroyed) {
    const error = codedError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    process.nextTick(() => typeof callback === 'function' && callback(error));
    return false;
  }
  if (chunk === null) throw codedError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))
    throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
  const length = byteLength(chunk, encoding);
  if (!message._header) {
    if (fromEnd) message._contentLength = length;
    message._implicitHeader();
  }
  if (!message._hasBody) {
    // A response to HEAD, or a 204 or 304: the body is dropped.
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  }
  message[kBytesWritten] += length;
  if (message.strictContentLength && message._contentLength !== null && message[kBytesWritten] > message._contentLength
    && message.hasHeader('content-length')) {
    throw codedError(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
      `Response body's content-length of ${message[kBytesWritten]} byte(s) does not match the content-length of ${message._contentLength} byte(s) set in header`);
  }
  if (length === 0) {
    if (typeof callback === 'function') process.nextTick(callback);
    return true;
  }
  if (!message.chunkedEncoding) return message._send(chunk, encoding, callback);
  if (message.socket) message.socket.cork();
  message._send(`${length.toString(16)}${CRLF}`, 'latin1', null);
  message._send(chunk, encoding, null);
  const result = message._send(CRLF, 'latin1', callback);
  if (message.socket) message.socket.uncork();
  return result;
}

module.exports = {
  OutgoingMessage,
  kHighWaterMark,
  kOutHeaders,
  kNeedDrain,
  headersSentError,
  utcDate,
  validateHeaderName,
  validateHeaderValue,
};
