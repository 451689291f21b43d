'use strict';
// The legacy url API's Url objects: url.parse (Node's own lenient parser, not the WHATWG
// one), formatting them back, and resolving references against them.

const querystring = require('querystring');
const { parseHost } = require('internal/url/host');
const { invalidArgType } = require('internal/errors');

const kHostless = new Set(['javascript', 'javascript:']);
const kSlashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:',
  'ws', 'ws:', 'wss', 'wss:']);
// Characters that end the host part (with "#", "/" and "?"), and the escapes applied to the rest.
const kNonHostChars = new Set([...'\t\n\r "%\';<>\\^`{|}']);
const kAutoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
const kForbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function invalidURL(input) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  return error;
}

// Backslashes before the query or fragment become slashes; surrounding whitespace goes.
function cleanLegacyInput(url) {
  let rest = url.replace(/^[\s\uFEFF\u00A0]+|[\s\uFEFF\u00A0]+$/g, '');
  const end = rest.search(/[?#]/);
  const head = end === -1 ? rest : rest.slice(0, end);
  rest = head.replaceAll('\\', '/') + (end === -1 ? '' : rest.slice(end));
  return rest;
}

function setQuery(self, query, parseQueryString) {
  self.query = parseQueryString ? querystring.parse(query) : query;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'of type string', url);
  let rest = cleanLegacyInput(url);
  const hasHash = rest.includes('#');
  // Fast path: a plain path with an optional query.
  if (!slashesDenoteHost && !hasHash) {
    const simple = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/.exec(rest);
    if (simple !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        setQuery(this, this.search.slice(1), parseQueryString);
      } else if (parseQueryString) {
        this.query = { __proto__: null };
      }
      return this;
    }
  }
  let lowerProto = '';
  const proto = /^[a-z0-9.+-]+:/i.exec(rest);
  if (proto !== null) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }
  let slashes = false;
  if (slashesDenoteHost || proto !== null || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto !== null && kHostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!kHostless.has(lowerProto) && (slashes || (proto !== null && !kSlashed.has(lowerProto)))) {
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; i++) {
      const char = rest[i];
      if (char === '#' || char === '/' || char === '?') {
        if (nonHost === -1) nonHost = i;
        break;
      }
      if (kNonHostChars.has(char)) {
        if (nonHost === -1) nonHost = i;
      } else if (char === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
    if (!ipv6) {
      // Characters a host name cannot hold end it; the rest joins the path.
      const invalid = hostname.search(/[^a-zA-Z0-9.+_\-\u0080-\uFFFF]/);
      if (invalid !== -1) {
        this.hostname = hostname.slice(0, invalid);
        rest = `/${hostname.slice(invalid)}${rest}`;
      }
    }
    this.hostname = this.hostname.length > 255 ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (/[\0\t\n\r #%/<>?@\\^|]/.test(this.hostname.slice(1, -1))) throw invalidURL(url);
      } else {
        this.hostname = parseHost(this.hostname, false) ?? '';
        if (kForbiddenHostChars.test(this.hostname)) throw invalidURL(url);
      }
    }
    this.host = (this.hostname || '') + (this.port ? `:${this.port}` : '');
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }
  if (!kHostless.has(lowerProto)) rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (char) => kAutoEscape[char]);
  const hashIndex = rest.indexOf('#');
  const before = hashIndex === -1 ? rest : rest.slice(0, hashIndex);
  const questionIndex = before.indexOf('?');
  if (questionIndex !== -1) {
    this.search = before.slice(questionIndex);
    setQuery(this, before.slice(questionIndex + 1), parseQueryString);
  } else if (parseQueryString) {
    this.query = { __proto__: null };
  }
  if (hashIndex !== -1) this.hash = rest.slice(hashIndex);
  const pathEnd = questionIndex !== -1 ? questionIndex : hashIndex;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (kSlashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Splits a trailing ":digits" off the host into the port.
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = /:[0-9]*$/.exec(host);
  if (port !== null) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const bracket = this.hostname.includes(':') && !(this.hostname.startsWith('[') && this.hostname.endsWith(']'));
    host = auth + (bracket ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (char) => (char === '#' ? '%23' : '%3F'));
  if (this.slashes || kSlashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (/^file/i.test(protocol)) {
      host = '//';
    }
  }
  search = search.replaceAll('#', '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

// The relative reference resolved against this URL (RFC 1808's algorithm, as the legacy API
// applies it: hosts of non-slashed protocols live in the path, dots are removed as far as the
// result is absolute).
Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function splitAuthFromHost(result) {
  const at = result.host ? result.host.indexOf('@') : -1;
  if (at > 0) {
    const [auth, host] = result.host.split('@');
    result.auth = auth;
    result.host = result.hostname = host;
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

function joinPath(result) {
  if (result.pathname !== null || result.search !== null) result.path = (result.pathname || '') + (result.search || '');
}

Url.prototype.resolveObject = function resolveObject(relativeInput) {
  let relative = relativeInput;
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = new Url();
  Object.assign(result, this);
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // A network-path reference ("//host/path"): everything but the protocol comes from it.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) if (key !== 'protocol') result[key] = relative[key];
    if (kSlashed.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return finish(result);
  }

  // Another scheme: the reference stands alone.
  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!kSlashed.has(relative.protocol)) {
      Object.assign(result, relative);
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !kHostless.has(relative.protocol)) {
      // "http:host/path": the first path segment is the host.
      const segments = (relative.pathname || '').split('/');
      while (segments.length && !(relative.host = segments.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const isSourceAbsolute = result.pathname && result.pathname[0] === '/';
  const isRelativeAbsolute = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbsolute = isRelativeAbsolute || isSourceAbsolute || (result.host && relative.pathname);
  const removeAllDots = mustEndAbsolute;
  let sourcePath = (result.pathname && result.pathname.split('/')) || [];
  const relativePath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !kSlashed.has(result.protocol);

  // Without slashes, the host is the path's first segment while resolving.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (sourcePath[0] === '') sourcePath[0] = result.host;
      else sourcePath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relativePath[0] === '') relativePath[0] = relative.host;
        else relativePath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relativePath[0] === '' || sourcePath[0] === '');
  }

  if (isRelativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    sourcePath = relativePath;
  } else if (relativePath.length) {
    // A relative path replaces the source's last segment.
    sourcePath.pop();
    sourcePath = sourcePath.concat(relativePath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: the source's path stays.
    if (noLeadingSlashes) {
      result.hostname = result.host = sourcePath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    joinPath(result);
    return finish(result);
  }

  if (!sourcePath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // Dot segments: "." goes, ".." takes the segment before it.
  let last = sourcePath[sourcePath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || sourcePath.length > 1) && (last === '.' || last === '..')) ||
    last === '';
  let up = 0;
  for (let i = sourcePath.length - 1; i >= 0; i--) {
    last = sourcePath[i];
    if (last === '.') {
      sourcePath.splice(i, 1);
    } else if (last === '..') {
      sourcePath.splice(i, 1);
      up++;
    } else if (up) {
      sourcePath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !removeAllDots) {
    for (; up > 0; up--) sourcePath.unshift('..');
  }
  if (mustEndAbsolute && sourcePath[0] !== '' && (!sourcePath[0] || sourcePath[0][0] !== '/')) sourcePath.unshift('');
  if (hasTrailingSlash && sourcePath.join('/').slice(-1) !== '/') sourcePath.push('');

  const isAbsolute = sourcePath[0] === '' || (sourcePath[0] && sourcePath[0][0] === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : sourcePath.length ? sourcePath.shift() : '';
    splitAuthFromHost(result);
  }
  mustEndAbsolute = mustEndAbsolute || (result.host && sourcePath.length);
  if (mustEndAbsolute && !isAbsolute) sourcePath.unshift('');

  if (sourcePath.length > 0) {
    result.pathname = sourcePath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  joinPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

module.exports = { Url, urlParse };
