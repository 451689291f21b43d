'use strict';
// URLSearchParams — https://url.spec.whatwg.org/#interface-urlsearchparams — over a list of
// [name, value] pairs, kept in sync with the URL it belongs to (if any).

const { formSet, percentEncode, percentDecode } = require('internal/url/percent_encoding');
const { inspect } = require('internal/util/inspect');

// application/x-www-form-urlencoded parser — https://url.spec.whatwg.org/#concept-urlencoded-parser
function parseUrlencoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const equals = sequence.indexOf('=');
    const name = equals === -1 ? sequence : sequence.slice(0, equals);
    const value = equals === -1 ? '' : sequence.slice(equals + 1);
    const decode = (s) => percentDecode(s.replaceAll('+', ' '));
    list.push([decode(name), decode(value)]);
  }
  return list;
}

// application/x-www-form-urlencoded serializer
function serializeUrlencoded(list) {
  return list.map(([name, value]) => `${percentEncode(name, formSet, true)}=${percentEncode(value, formSet, true)}`).join('&');
}

function missingArgs(...names) {
  const quoted = names.map((name) => `"${name}"`);
  const error = new TypeError(`The ${quoted.join(' and ')} argument${names.length > 1 ? 's' : ''} must be specified`);
  error.code = 'ERR_MISSING_ARGS';
  return error;
}

function invalidThis() {
  const error = new TypeError('Value of "this" must be of type URLSearchParams');
  error.code = 'ERR_INVALID_THIS';
  return error;
}

// USVString conversion: like a template literal, it throws for symbols.
const toUSV = (value) => `${value}`.toWellFormed();

// Changes `list` in place, so that iterators over it see the change.
function replaceList(list, pairs) {
  list.length = 0;
  list.push(...pairs);
}

let linkToURL;
let resetFromQuery;

class URLSearchParams {
  #list = [];
  // The URL whose query this object reflects, as { record, setQuery(string|null) }, or null.
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const iterator = init[Symbol.iterator];
      if (iterator !== undefined && iterator !== null) {
        if (typeof iterator !== 'function') {
          const error = new TypeError('Query pairs must be iterable');
          error.code = 'ERR_ARG_NOT_ITERABLE';
          throw error;
        }
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw tupleError();
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw tupleError();
          this.#list.push([toUSV(items[0]), toUSV(items[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (!Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          this.#list.push([toUSV(key), toUSV(init[key])]);
        }
      }
      return;
    }
    let text = toUSV(init);
    if (text[0] === '?') text = text.slice(1);
    replaceList(this.#list, parseUrlencoded(text));
  }

  static {
    // Attaches a URL to `params`: `setQuery` receives each new query (a string or null).
    linkToURL = (params, query, setQuery) => {
      params.#url = setQuery;
      replaceList(params.#list, query ? parseUrlencoded(query) : []);
    };
    // The URL's query changed: re-reads it.
    resetFromQuery = (params, query) => replaceList(params.#list, query ? parseUrlencoded(query) : []);
  }

  static #check(object) {
    if (object === null || typeof object !== 'object' || !(#list in object)) throw invalidThis();
  }

  #update() {
    if (this.#url === null) return;
    const serialized = serializeUrlencoded(this.#list);
    this.#url(serialized === '' ? null : serialized);
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this.#list.push([toUSV(name), toUSV(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      replaceList(this.#list, this.#list.filter((pair) => pair[0] !== name || pair[1] !== value));
    } else {
      replaceList(this.#list, this.#list.filter((pair) => pair[0] !== name));
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    const pair = this.#list.find((entry) => entry[0] === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    return this.#list.filter((pair) => pair[0] === name).map((pair) => pair[1]);
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    if (value === undefined) return this.#list.some((pair) => pair[0] === name);
    value = toUSV(value);
    return this.#list.some((pair) => pair[0] === name && pair[1] === value);
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const index = this.#list.findIndex((pair) => pair[0] === name);
    if (index === -1) {
      this.#list.push([name, value]);
    } else {
      this.#list[index][1] = value;
      replaceList(this.#list, this.#list.filter((pair, i) => i <= index || pair[0] !== name));
    }
    this.#update();
  }

  // Sorts by name, comparing UTF-16 code units; the sort is stable.
  sort() {
    URLSearchParams.#check(this);
    this.#list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this.#list, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== 'function') {
      const { invalidArgType } = require('internal/errors');
      throw invalidArgType('callback', 'of type function', callback);
    }
    for (let i = 0; i < this.#list.length; i++) {
      const [name, value] = this.#list[i];
      callback.call(thisArg, value, name, this);
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this.#list, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this.#list, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeUrlencoded(this.#list);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return '[Object]';
    const inner = { ...options, depth };
    const output = this.#list.map(([name, value]) => `${inspect(name, inner)} => ${inspect(value, inner)}`);
    const length = output.reduce((sum, text) => sum + text.length + 2, -2);
    if (length > options.breakLength) return `URLSearchParams {\n  ${output.join(',\n  ')} }`;
    return output.length === 0 ? 'URLSearchParams {}' : `URLSearchParams { ${output.join(', ')} }`;
  }
}

function tupleError() {
  const error = new TypeError('Each query pair must be an iterable [name, value] tuple');
  error.code = 'ERR_INVALID_TUPLE';
  return error;
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach',
  'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

// The iterator of entries(), keys() and values(): it sees pairs added while iterating.
class URLSearchParamsIterator {
  #list;
  #kind;
  #index = 0;

  constructor(list, kind) {
    this.#list = list;
    this.#kind = kind;
  }

  #project(pair) {
    return this.#kind === 'key' ? pair[0] : this.#kind === 'value' ? pair[1] : [pair[0], pair[1]];
  }

  next() {
    if (this.#index >= this.#list.length) return { value: undefined, done: true };
    return { value: this.#project(this.#list[this.#index++]), done: false };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return '[Object]';
    const inner = { ...options, depth };
    const rest = this.#list.slice(this.#index).map((pair) => this.#project(pair));
    const texts = rest.map((item) => inspect(item, inner));
    const body = inspect(rest, inner).includes('\n') ? `\n  ${texts.join(',\n  ')}` : ` ${texts.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, { value: 'URLSearchParams Iterator', configurable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });
delete URLSearchParamsIterator.prototype.constructor;

module.exports = { URLSearchParams, linkToURL, resetFromQuery, toUSV };
