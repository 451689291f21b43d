'use strict';
// IncomingMessage: a request the server received or a response the client received, as a
// Readable of its body, with its start line, headers and trailers.

const Readable = require('internal/streams/readable');

// The server's or client's maxHeadersCount: how many headers `headers` and friends show.
const kMaxHeadersCount = Symbol('kMaxHeadersCount');

// Headers of which a message may carry one: later copies are dropped.
const singleValueHeaders = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

// The first `limit` headers (maxHeadersCount; all when not positive) of a raw list.
function limited(raw, limit) {
  return limit > 0 ? raw.slice(0, limit * 2) : raw;
}

// Names in lower case and values combined as Node does: set-cookie an array, cookie joined
// with '; ', single-value headers first wins, the rest joined with ', '.
function headersObject(raw) {
  const headers = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    const value = raw[i + 1];
    const existing = headers[name];
    if (existing === undefined) headers[name] = name === 'set-cookie' ? [value] : value;
    else if (name === 'set-cookie') existing.push(value);
    else if (!singleValueHeaders.has(name)) headers[name] = `${existing}${name === 'cookie' ? '; ' : ', '}${value}`;
  }
  return headers;
}

// Every value of each header, in arrays.
function distinctHeadersObject(raw) {
  const headers = { __proto__: null };
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    (headers[name] ??= []).push(raw[i + 1]);
  }
  return headers;
}

class IncomingMessage extends Readable {
  constructor(socket) {
    super({ autoDestroy: false });
    this._readableState.readingMore = true;
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this._consuming = false;
    this._dumped = false;
    this[kMaxHeadersCount] = null;
  }

  #headers;
  #headersDistinct;
  #trailers;
  #trailersDistinct;

  get connection() {
    return this.socket;
  }

  set connection(socket) {
    this.socket = socket;
  }

  get headers() {
    return (this.#headers ??= headersObject(limited(this.rawHeaders, this[kMaxHeadersCount])));
  }

  set headers(value) {
    this.#headers = value;
  }

  get headersDistinct() {
    return (this.#headersDistinct ??= distinctHeadersObject(limited(this.rawHeaders, this[kMaxHeadersCount])));
  }

  set headersDistinct(value) {
    this.#headersDistinct = value;
  }

  get trailers() {
    return (this.#trailers ??= headersObject(limited(this.rawTrailers, this[kMaxHeadersCount])));
  }

  set trailers(value) {
    this.#trailers = value;
  }

  get trailersDistinct() {
    return (this.#trailersDistinct ??= distinctHeadersObject(limited(this.rawTrailers, this[kMaxHeadersCount])));
  }

  set trailersDistinct(value) {
    this.#trailersDistinct = value;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }

  _read() {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    this.#resumeSocket();
  }

  // A body chunk from the parser. The socket pauses while the reader is behind.
  _pushBody(chunk) {
    if (this._dumped || this.push(chunk)) return;
    this.#pausedSocket = true;
    this.socket.pause();
  }

  // The message is complete: the socket goes on to the next one.
  _pushEnd(rawTrailers) {
    this.rawTrailers = rawTrailers;
    this.complete = true;
    this.push(null);
    this.#resumeSocket();
  }

  #pausedSocket = false;

  #resumeSocket() {
    if (!this.#pausedSocket) return;
    this.#pausedSocket = false;
    if (this.socket?.readable) this.socket.resume();
  }

  _destroy(error, callback) {
    if (!this.readableEnded || !this.complete) this.aborted = true;
    // A message whose body was not all read: the connection cannot carry another message.
    if (this.socket && !this.socket.destroyed && !this.complete) this.socket.destroy(error ?? undefined);
    // An error is emitted only to 'error' listeners, as Node always did for messages.
    process.nextTick(() => callback(this.listenerCount('error') > 0 ? error : null));
  }

  // Reads the rest of the body, unread, so the connection can go on to the next message.
  _dump() {
    if (this._dumped) return;
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
}

module.exports = { IncomingMessage, kMaxHeadersCount };
