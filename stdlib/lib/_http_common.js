'use strict';
// What the HTTP server and client share: the llhttp parser (internalBinding('http_parser')) as
// an object that turns bytes into calls of its handlers, header token and value checks, and
// Node's parse errors.

const binding = internalBinding('http_parser');

const { kHeaders, kBody, kMessageComplete, kEnd, kError } = binding;

const kDefaultMaxHeaderSize = 16 * 1024;
// http.maxHeaderSize: --max-http-header-size is not an option of Sable.
const maxHeaderSize = kDefaultMaxHeaderSize;

const methods = binding.methods.slice().sort();

// One message stream (a connection's requests, or its responses). The owner sets handlers:
//   onHeaders(info)  info: { method, url, statusCode, statusMessage, versionMajor, versionMinor,
//                            rawHeaders, upgrade, shouldKeepAlive }
//   onBody(chunk)    onMessageComplete(rawTrailers)
class HTTPParser {
  constructor(isResponse, { maxHeaderSize: limit = maxHeaderSize, insecureHTTPParser = false } = {}) {
    this.isResponse = isResponse;
    this.id = binding.create(isResponse, limit, insecureHTTPParser);
    // kNoBody for a response to HEAD, kConnectTunnel for one to CONNECT, kRefuseUpgrade for
    // requests to a server without 'upgrade' listeners.
    this.bodyMode = 0;
    this.onHeaders = null;
    this.onBody = null;
    this.onMessageComplete = null;
  }

  // Parses `data` (a Buffer), calling the handlers. Returns the number of bytes consumed (fewer
  // than data.length when the connection upgrades: the rest belongs to the new protocol), or a
  // parse error.
  execute(data) {
    return this.#dispatch(binding.execute(this.id, data, this.bodyMode), data);
  }

  // The input ended: completes a message delimited by the connection's end, or returns the error
  // of an incomplete one.
  finish() {
    return this.#dispatch(binding.finish(this.id), null);
  }

  #dispatch(events, data) {
    for (let i = 0; i < events.length;) {
      switch (events[i]) {
        case kHeaders: {
          const [method, url, statusCode, statusMessage, versionMajor, versionMinor, rawHeaders, upgrade,
            shouldKeepAlive] = events[i + 1];
          this.onHeaders?.({ method, url, statusCode, statusMessage, versionMajor, versionMinor, rawHeaders,
            upgrade, shouldKeepAlive });
          i += 2;
          break;
        }
        case kBody:
          this.onBody?.(data.subarray(events[i + 1], events[i + 2]));
          i += 3;
          break;
        case kMessageComplete:
          this.onMessageComplete?.(events[i + 1]);
          i += 2;
          break;
        case kEnd:
          return events[i + 1];
        case kError:
          return parseError(events[i + 1], events[i + 2], events[i + 3], data);
      }
    }
  }

  free() {
    if (this.id === null) return;
    binding.free(this.id);
    this.id = null;
  }
}

// "Parse Error: Invalid method encountered", with llhttp's code, as Node reports it.
function parseError(code, reason, bytesParsed, data) {
  const error = new Error(`Parse Error: ${reason}`);
  error.code = code;
  error.reason = reason;
  error.bytesParsed = bytesParsed;
  if (data) error.rawPacket = data;
  return error;
}

// A token (RFC 9110 5.6.2): what header names and methods are made of.
const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(value) {
  return tokenPattern.test(value);
}

// A header value may hold tabs and visible Latin-1, not other control characters.
const invalidHeaderCharPattern = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) {
  return invalidHeaderCharPattern.test(value);
}

module.exports = {
  CRLF: '\r\n',
  HTTPParser,
  checkInvalidHeaderChar,
  checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  kNoBody: binding.kNoBody,
  kConnectTunnel: binding.kConnectTunnel,
  kRefuseUpgrade: binding.kRefuseUpgrade,
  maxHeaderSize,
  methods,
};
