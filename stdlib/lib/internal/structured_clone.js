'use strict';
// A structured clone of plain data: primitives, Arrays, ordinary Objects, Dates, RegExps, Maps,
// Sets and Errors (cycles and shared references preserved). Functions and symbols throw
// DataCloneError as in the HTML algorithm; other kinds of objects (typed arrays, buffers,
// objects with other internal slots) are not implemented yet and throw.

const DOMException = require('internal/dom_exception');

function notCloneable(value) {
  return new DOMException(`${typeof value === 'symbol' ? value.toString() : String(value)} could not be cloned.`, 'DataCloneError');
}

function structuredClone(value, seen = new Map()) {
  if (typeof value === 'function' || typeof value === 'symbol') throw notCloneable(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  const tag = Object.prototype.toString.call(value);
  let copy;
  switch (tag) {
    case '[object Array]':
      copy = new Array(value.length);
      seen.set(value, copy);
      for (const key of Object.keys(value)) copy[key] = structuredClone(value[key], seen);
      return copy;
    case '[object Date]':
      copy = new Date(value.getTime());
      seen.set(value, copy);
      return copy;
    case '[object RegExp]':
      copy = new RegExp(value.source, value.flags);
      seen.set(value, copy);
      return copy;
    case '[object Map]':
      copy = new Map();
      seen.set(value, copy);
      for (const [k, v] of value) copy.set(structuredClone(k, seen), structuredClone(v, seen));
      return copy;
    case '[object Set]':
      copy = new Set();
      seen.set(value, copy);
      for (const v of value) copy.add(structuredClone(v, seen));
      return copy;
    case '[object Error]':
      copy = new Error(value.message);
      copy.name = value.name;
      seen.set(value, copy);
      return copy;
    case '[object Boolean]':
    case '[object Number]':
    case '[object String]':
      copy = Object(value.valueOf());
      seen.set(value, copy);
      return copy;
    case '[object Object]':
      // Any ordinary object becomes a plain one with its own enumerable properties.
      copy = {};
      seen.set(value, copy);
      for (const key of Object.keys(value)) copy[key] = structuredClone(value[key], seen);
      return copy;
  }
  const error = new Error(`structuredClone of ${tag} is not implemented`);
  error.code = 'ERR_NOT_IMPLEMENTED';
  throw error;
}

module.exports = (value) => structuredClone(value);
