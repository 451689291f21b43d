'use strict';
// util.MIMEType and util.MIMEParams: a MIME type ("text/html;charset=utf-8") parsed the way the
// WHATWG MIME Sniffing standard describes (type and subtype lowercased tokens; parameters with
// lowercased token names, the first of each name kept, values possibly quoted), and serialized
// back in its canonical form.

const { codedError } = require('internal/errors');

const kToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const kNotToken = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const kNotQuotedStringCodePoint = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kHttpWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const kTrailingWhitespace = /[\t\n\r ]+$/;

function syntaxError(component, input, index) {
  const at = index === undefined ? '' : ` at ${index}`;
  return codedError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${component} in "${input}" is invalid${at}`);
}

// A non-empty token, else the MIME syntax error naming `component` (and where it went wrong).
function validateToken(value, component, input = value) {
  const bad = value.search(kNotToken);
  if (bad !== -1) throw syntaxError(component, input, bad);
  if (value === '') throw syntaxError(component, input);
  return value;
}

// A parameter value: a token as is, anything else in quotes with " and \ escaped.
function serializeValue(value) {
  if (value !== '' && kToken.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #map = new Map();

  delete(name) { this.#map.delete(name); }
  get(name) { return this.#map.get(name) ?? null; }
  has(name) { return this.#map.has(name); }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    validateToken(name, 'parameter name');
    const bad = value.search(kNotQuotedStringCodePoint);
    if (bad !== -1) throw syntaxError('parameter value', value, bad);
    this.#map.set(name, value);
  }

  entries() { return this.#map.entries(); }
  keys() { return this.#map.keys(); }
  values() { return this.#map.values(); }

  toString() {
    return Array.from(this.#map, ([name, value]) => `${name}=${serializeValue(value)}`).join(';');
  }

  toJSON() { return this.toString(); }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;

// Adds the parameters after a MIME type's essence (`text` starts at a ';') to `params`, skipping
// malformed ones and repeated names.
function parseParameters(params, text) {
  let position = 0;
  while (position < text.length) {
    position++; // The ';'.
    while (position < text.length && ' \t\n\r'.includes(text[position])) position++;
    let nameEnd = position;
    while (nameEnd < text.length && text[nameEnd] !== ';' && text[nameEnd] !== '=') nameEnd++;
    const name = text.slice(position, nameEnd).toLowerCase();
    position = nameEnd;
    if (position >= text.length || text[position] === ';') continue;
    position++; // The '='.
    let value;
    if (text[position] === '"') {
      [value, position] = readQuotedString(text, position);
      while (position < text.length && text[position] !== ';') position++;
    } else {
      let valueEnd = text.indexOf(';', position);
      if (valueEnd === -1) valueEnd = text.length;
      value = text.slice(position, valueEnd).replace(kTrailingWhitespace, '');
      position = valueEnd;
      if (value === '') continue;
    }
    if (name !== '' && kToken.test(name) && !kNotQuotedStringCodePoint.test(value) && !params.has(name)) {
      params.set(name, value);
    }
  }
}

// The quoted string opening at text[start] ('"'), backslash escapes resolved, and the position
// after it; an unclosed one runs to the end.
function readQuotedString(text, start) {
  let value = '';
  let position = start + 1;
  while (position < text.length) {
    const char = text[position++];
    if (char === '"') break;
    if (char === '\\') {
      if (position >= text.length) {
        value += '\\';
        break;
      }
      value += text[position++];
    } else {
      value += char;
    }
  }
  return [value, position];
}

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    const input = `${string}`;
    const text = input.replace(kHttpWhitespace, '');
    const slash = text.indexOf('/');
    if (slash === -1) throw syntaxError('type', input);
    this.#type = validateToken(text.slice(0, slash), 'type', input).toLowerCase();
    let subtypeEnd = text.indexOf(';', slash);
    if (subtypeEnd === -1) subtypeEnd = text.length;
    const subtype = text.slice(slash + 1, subtypeEnd).replace(kTrailingWhitespace, '');
    this.#subtype = validateToken(subtype, 'subtype', input).toLowerCase();
    parseParameters(this.#params, text.slice(subtypeEnd));
  }

  get type() { return this.#type; }
  set type(value) { this.#type = validateToken(`${value}`, 'type').toLowerCase(); }
  get subtype() { return this.#subtype; }
  set subtype(value) { this.#subtype = validateToken(`${value}`, 'subtype').toLowerCase(); }
  get essence() { return `${this.#type}/${this.#subtype}`; }
  get params() { return this.#params; }

  toString() {
    const params = this.#params.toString();
    return params === '' ? this.essence : `${this.essence};${params}`;
  }

  toJSON() { return this.toString(); }
}

module.exports = { MIMEType, MIMEParams };
