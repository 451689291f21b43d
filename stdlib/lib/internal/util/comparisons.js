'use strict';
// Node's deep equality, shared by assert.deepEqual/deepStrictEqual and util.isDeepStrictEqual.
// Strict mode compares primitives with Object.is and requires equal prototypes and type tags;
// loose mode compares primitives with == and ignores prototypes.

const { objectKind } = internalBinding('util');

const kStrict = true;
const kLoose = false;

const toStringTag = (value) => Object.prototype.toString.call(value);
const isObjectLike = (value) => value !== null && (typeof value === 'object' || typeof value === 'function');

// The own keys compared: enumerable string keys, plus enumerable symbols in strict mode.
function ownKeys(value, strict) {
  const keys = Object.keys(value);
  if (!strict) return keys;
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  return keys;
}

const isIndexKey = (key) => typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;

function primitivesEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  return a == b || (Number.isNaN(a) && Number.isNaN(b)); // eslint-disable-line eqeqeq
}

// isDeepEqual ( a, b, strict ): the entry point.
function isDeepEqual(a, b, strict) {
  return innerDeepEqual(a, b, strict, { pairs: new Map() });
}

function innerDeepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (!isObjectLike(a) || !isObjectLike(b)) {
    if (isObjectLike(a) || isObjectLike(b)) return false;
    return primitivesEqual(a, b, strict);
  }
  if (typeof a === 'function' || typeof b === 'function') return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (toStringTag(a) !== toStringTag(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // A pair already being compared further up counts as equal (cycles).
  let seen = memo.pairs.get(a);
  if (seen?.has(b)) return true;
  if (seen === undefined) memo.pairs.set(a, seen = new Set());
  seen.add(b);
  const result = compareObjects(a, b, strict, memo);
  seen.delete(b);
  return result;
}

function compareObjects(a, b, strict, memo) {
  const kind = objectKind(a);
  if (kind !== objectKind(b) && strict) return false;
  switch (kind) {
    case 'Date':
      if (a.getTime() !== b.getTime()) return false;
      break;
    case 'RegExp':
      if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
      break;
    case 'Error':
      if (a.message !== b.message || a.name !== b.name) return false;
      break;
    case 'NumberObject':
    case 'StringObject':
    case 'BooleanObject':
    case 'BigIntObject':
      if (!Object.is(a.valueOf(), b.valueOf())) return false;
      break;
    case 'SymbolObject':
      if (a.valueOf() !== b.valueOf()) return false;
      break;
    case 'ArrayBuffer':
    case 'SharedArrayBuffer':
      if (!bytesEqual(new Uint8Array(a), new Uint8Array(b))) return false;
      break;
    case 'DataView':
      if (!bytesEqual(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength))) return false;
      break;
    case 'TypedArray':
      if (a.length !== b.length) return false;
      // Loose mode compares elements with == alone (NaN differs from NaN).
      for (let i = 0; i < a.length; i++) if (strict ? !Object.is(a[i], b[i]) : a[i] != b[i]) return false; // eslint-disable-line eqeqeq
      return keysEqual(a, b, strict, memo, true);
    default:
      break;
  }
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (Object.hasOwn(a, i) !== Object.hasOwn(b, i)) return false;
      if (!innerDeepEqual(a[i], b[i], strict, memo)) return false;
    }
    return keysEqual(a, b, strict, memo, true);
  }
  if (kind === 'Map' && !mapsEqual(a, b, strict, memo)) return false;
  if (kind === 'Set' && !setsEqual(a, b, strict, memo)) return false;
  return keysEqual(a, b, strict, memo, false);
}

function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The own keys of both (index keys left out for arrays) match, and so do their values.
function keysEqual(a, b, strict, memo, skipIndices) {
  const filter = (keys) => (skipIndices ? keys.filter((key) => !isIndexKey(key)) : keys);
  const keysA = filter(ownKeys(a, strict));
  const keysB = filter(ownKeys(b, strict));
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
  }
  for (const key of keysA) {
    if (!innerDeepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

// Each entry of `a` pairs with a distinct deep-equal entry of `b`.
function setsEqual(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  const unmatched = [];
  for (const value of a) {
    if (isObjectLike(value) || (!strict && !b.has(value))) unmatched.push(value);
    else if (!b.has(value)) return false;
  }
  if (unmatched.length === 0) return true;
  const candidates = [...b].filter((value) => isObjectLike(value) || !strict);
  return matchAll(unmatched, candidates, (x, y) => innerDeepEqual(x, y, strict, memo));
}

function mapsEqual(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  const unmatched = [];
  for (const [key, value] of a) {
    if (!isObjectLike(key) && b.has(key)) {
      if (!innerDeepEqual(value, b.get(key), strict, memo)) return false;
    } else if (!isObjectLike(key) && strict) {
      return false;
    } else {
      unmatched.push([key, value]);
    }
  }
  if (unmatched.length === 0) return true;
  const candidates = [...b].filter(([key]) => isObjectLike(key) || !strict);
  return matchAll(unmatched, candidates,
    (x, y) => innerDeepEqual(x[0], y[0], strict, memo) && innerDeepEqual(x[1], y[1], strict, memo));
}

// Every item of `items` is `equal` to a different candidate (first fit, in order).
function matchAll(items, candidates, equal) {
  const used = new Set();
  for (const item of items) {
    const index = candidates.findIndex((candidate, i) => !used.has(i) && equal(item, candidate));
    if (index === -1) return false;
    used.add(index);
  }
  return true;
}

module.exports = {
  isDeepEqual: (a, b) => isDeepEqual(a, b, kLoose),
  isDeepStrictEqual: (a, b) => isDeepEqual(a, b, kStrict),
};
