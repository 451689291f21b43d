'use strict';
// The WHATWG URL class — https://url.spec.whatwg.org/#url-class — over a URL record made by
// the basic URL parser (internal/url/parser), with its URLSearchParams kept in sync.

const {
  basicURLParse, serializeURL, serializePath, serializeOrigin, hasOpaquePath, cannotHaveCredentialsOrPort,
} = require('internal/url/parser');
const { userinfoSet, percentEncode } = require('internal/url/percent_encoding');
const { URLSearchParams, linkToURL, resetFromQuery, toUSV } = require('internal/url/search_params');
const { inspect } = require('internal/util/inspect');

function invalidURL(input, base) {
  const error = new TypeError('Invalid URL');
  error.code = 'ERR_INVALID_URL';
  error.input = input;
  if (base !== undefined) error.base = base;
  return error;
}

function invalidThis() {
  return new TypeError('Receiver must be an instance of class URL');
}

// Parses `input` against `base` (a string or undefined): a URL record, or null.
function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicURLParse(base);
    if (baseRecord === null) return null;
  }
  return basicURLParse(input, baseRecord);
}

class URL {
  #record;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) {
      const error = new TypeError('The "url" argument must be specified');
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    const record = parseWithBase(input, base);
    if (record === null) throw invalidURL(input, base);
    this.#record = record;
  }

  static parse(input, base = undefined) {
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) {
      const error = new TypeError('The "url" argument must be specified');
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    return parseWithBase(toUSV(input), base === undefined ? undefined : toUSV(base)) !== null;
  }

  static createObjectURL() {
    throw notImplemented('URL.createObjectURL');
  }

  static revokeObjectURL() {
    throw notImplemented('URL.revokeObjectURL');
  }

  static #check(object) {
    if (object === null || typeof object !== 'object' || !(#record in object)) throw invalidThis();
  }

  // The URL's query changed through a setter: the search params re-read it.
  #queryChanged() {
    if (this.#searchParams !== null) resetFromQuery(this.#searchParams, this.#record.query);
  }

  toString() {
    URL.#check(this);
    return serializeURL(this.#record);
  }

  get href() {
    URL.#check(this);
    return serializeURL(this.#record);
  }

  set href(value) {
    URL.#check(this);
    value = toUSV(value);
    const record = basicURLParse(value);
    if (record === null) throw invalidURL(value);
    this.#record = record;
    this.#queryChanged();
  }

  get origin() {
    URL.#check(this);
    return serializeOrigin(this.#record);
  }

  get protocol() {
    URL.#check(this);
    return this.#record.scheme + ':';
  }

  set protocol(value) {
    URL.#check(this);
    basicURLParse(toUSV(value) + ':', null, this.#record, 'scheme start');
  }

  get username() {
    URL.#check(this);
    return this.#record.username;
  }

  set username(value) {
    URL.#check(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.username = percentEncode(toUSV(value), userinfoSet);
  }

  get password() {
    URL.#check(this);
    return this.#record.password;
  }

  set password(value) {
    URL.#check(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.password = percentEncode(toUSV(value), userinfoSet);
  }

  get host() {
    URL.#check(this);
    const { host, port } = this.#record;
    if (host === null) return '';
    return port === null ? host : `${host}:${port}`;
  }

  set host(value) {
    URL.#check(this);
    if (hasOpaquePath(this.#record)) return;
    this.#setWithOverride(toUSV(value), 'host');
  }

  get hostname() {
    URL.#check(this);
    return this.#record.host ?? '';
  }

  set hostname(value) {
    URL.#check(this);
    if (hasOpaquePath(this.#record)) return;
    this.#setWithOverride(toUSV(value), 'hostname');
  }

  get port() {
    URL.#check(this);
    return this.#record.port === null ? '' : String(this.#record.port);
  }

  set port(value) {
    URL.#check(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    value = toUSV(value);
    if (value === '') this.#record.port = null;
    else this.#setWithOverride(value, 'port');
  }

  get pathname() {
    URL.#check(this);
    return serializePath(this.#record);
  }

  set pathname(value) {
    URL.#check(this);
    if (hasOpaquePath(this.#record)) return;
    this.#record.path = [];
    basicURLParse(toUSV(value), null, this.#record, 'path start');
  }

  get search() {
    URL.#check(this);
    const { query } = this.#record;
    return query === null || query === '' ? '' : '?' + query;
  }

  set search(value) {
    URL.#check(this);
    value = toUSV(value);
    if (value === '') {
      this.#record.query = null;
    } else {
      if (value[0] === '?') value = value.slice(1);
      this.#record.query = '';
      basicURLParse(value, null, this.#record, 'query');
    }
    this.#queryChanged();
  }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === null) {
      this.#searchParams = new URLSearchParams();
      linkToURL(this.#searchParams, this.#record.query, (query) => { this.#record.query = query; });
    }
    return this.#searchParams;
  }

  get hash() {
    URL.#check(this);
    const { fragment } = this.#record;
    return fragment === null || fragment === '' ? '' : '#' + fragment;
  }

  set hash(value) {
    URL.#check(this);
    value = toUSV(value);
    if (value === '') {
      this.#record.fragment = null;
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    this.#record.fragment = '';
    basicURLParse(value, null, this.#record, 'fragment');
  }

  toJSON() {
    URL.#check(this);
    return serializeURL(this.#record);
  }

  // Runs the parser on the record from `state`; a failure keeps what was set before it.
  #setWithOverride(value, state) {
    basicURLParse(value, null, this.#record, state);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    // Shown under the class it was made with (a subclass of URL keeps its name).
    const shown = Object.create({ constructor: typeof this.constructor === 'function' ? this.constructor : URL });
    for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
      'pathname', 'search', 'searchParams', 'hash']) {
      shown[name] = this[name];
    }
    return inspect(shown, options);
  }
}

function notImplemented(name) {
  const error = new Error(`${name} is not implemented in Sable`);
  error.code = 'ERR_NOT_IMPLEMENTED';
  return error;
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}

const isURL = (value) => value != null && typeof value === 'object' && typeof value.href === 'string' &&
  typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;

module.exports = { URL, URLSearchParams, isURL };
