'use strict';
// querystring: Node's parser and serializer of "a=1&b=2" text, with custom separators, a cap
// on the number of pairs (maxKeys), replaceable escaping, and a lenient fallback for text that
// is not valid percent-encoded UTF-8.

const { Buffer } = require('buffer');
const { codedError } = require('internal/errors');

// Characters escape() leaves as they are (besides ASCII letters and digits).
const kUnreserved = new Set("-._~!'()*");

function isUnreserved(code) {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A) ||
    kUnreserved.has(String.fromCharCode(code));
}

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  return -1;
}

// unescapeBuffer ( s, decodeSpaces ): %XX as a byte, '+' as a space when asked, and other
// characters as their low byte.
function unescapeBuffer(s, decodeSpaces) {
  const out = Buffer.allocUnsafe(s.length);
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x25 && i + 2 < s.length && hexValue(s.charCodeAt(i + 1)) >= 0 && hexValue(s.charCodeAt(i + 2)) >= 0) {
      out[length++] = hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2));
      i += 2;
    } else {
      out[length++] = decodeSpaces && code === 0x2B ? 0x20 : code;
    }
  }
  return out.subarray(0, length);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

// escape ( str ): percent-encodes the UTF-8 of everything but the unreserved characters.
function escape(str) {
  if (typeof str !== 'string') str = typeof str === 'object' ? String(str) : `${str}`;
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 0x80 && isUnreserved(code)) {
      out += str[i];
      continue;
    }
    let codePoint = code;
    if (code >= 0xD800 && code <= 0xDFFF) {
      const next = str.charCodeAt(i + 1);
      if (code > 0xDBFF || !(next >= 0xDC00 && next <= 0xDFFF)) {
        throw codedError(URIError, 'ERR_INVALID_URI', 'URI malformed');
      }
      codePoint = str.codePointAt(i++);
    }
    for (const byte of Buffer.from(String.fromCodePoint(codePoint))) {
      out += `%${byte < 16 ? '0' : ''}${byte.toString(16).toUpperCase()}`;
    }
  }
  return out;
}

function stringifyPrimitive(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return `${value}`;
  return '';
}

function stringify(object, sep = '&', eq = '=', options) {
  sep ||= '&';
  eq ||= '=';
  const encode = typeof options?.encodeURIComponent === 'function' ? options.encodeURIComponent : escape;
  if (object === null || typeof object !== 'object') return '';
  const pairs = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    const prefix = encode(stringifyPrimitive(key)) + eq;
    if (Array.isArray(value)) {
      for (const item of value) pairs.push(prefix + encode(stringifyPrimitive(item)));
    } else {
      pairs.push(prefix + encode(stringifyPrimitive(value)));
    }
  }
  return pairs.join(sep);
}

// parse ( str, sep, eq, options ): the pairs of the first maxKeys (1000; 0 for all) segments;
// repeated keys collect their values in an array.
function parse(str, sep, eq, options) {
  const result = { __proto__: null };
  if (typeof str !== 'string' || str.length === 0) return result;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  const maxKeys = typeof options?.maxKeys === 'number' ? options.maxKeys : 1000;
  const decode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : unescape;
  let segments = str.split(sep);
  // Node counts pairs down to exactly zero, so only a positive integer limits them.
  if (maxKeys > 0 && Number.isInteger(maxKeys)) segments = segments.slice(0, maxKeys);
  // '+' is a space; the default decoder sees only text holding '%' or '+', a custom one all
  // (and when it throws, the default one decodes instead).
  const decodePart = (text) => {
    if (decode === unescape && !/[%+]/.test(text)) return text;
    const encoded = text.replaceAll('+', '%20');
    try {
      return decode(encoded);
    } catch {
      return unescape(encoded, true);
    }
  };
  for (const segment of segments) {
    if (segment.length === 0) continue;
    const split = segment.indexOf(eq);
    const key = decodePart(split === -1 ? segment : segment.slice(0, split));
    const value = decodePart(split === -1 ? '' : segment.slice(split + eq.length));
    if (!(key in result)) result[key] = value;
    else if (Array.isArray(result[key])) result[key].push(value);
    else result[key] = [result[key], value];
  }
  return result;
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
