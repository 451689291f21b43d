'use strict';
// structuredClone (HTML StructuredSerialize + StructuredDeserialize in one pass): copies
// primitives, wrapper objects, Date, RegExp, ArrayBuffer (or moves it, when listed in
// `transfer`), views, Map, Set, errors, arrays (holes kept) and plain objects, keeping cycles and
// shared references. Transferring an ArrayBuffer copies it, then detaches the original. What
// cannot be cloned throws a DataCloneError DOMException.

const { objectKind } = internalBinding('util');
const { codedError } = require('internal/errors');
const { DOMException } = require('internal/dom_exception');

const kErrorConstructors = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function cannotClone(value) {
  let shown;
  if (typeof value === 'symbol' || typeof value === 'function') shown = String(value);
  else if (objectKind(value) === 'SymbolObject') shown = '[object Symbol]';
  else shown = `#<${objectKind(value)?.startsWith('Proxy') ? 'Object' : value.constructor?.name ?? 'Object'}>`;
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

const typedArrayName = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function copyArrayBuffer(buffer) {
  if (buffer.resizable) {
    const copy = new ArrayBuffer(buffer.byteLength, { maxByteLength: buffer.maxByteLength });
    new Uint8Array(copy).set(new Uint8Array(buffer));
    return copy;
  }
  return buffer.slice(0);
}

// The clone of an object that is neither a primitive nor seen before; `clones` maps originals to
// their copies (filled before children are visited, so cycles resolve to the copy).
function cloneObject(value, clones) {
  const kind = objectKind(value);
  const remember = (copy) => {
    clones.set(value, copy);
    return copy;
  };
  switch (kind) {
    case 'BooleanObject': return remember(Object(Boolean.prototype.valueOf.call(value)));
    case 'NumberObject': return remember(Object(Number.prototype.valueOf.call(value)));
    case 'StringObject': return remember(Object(String.prototype.valueOf.call(value)));
    case 'BigIntObject': return remember(Object(BigInt.prototype.valueOf.call(value)));
    case 'Date': return remember(new Date(Date.prototype.getTime.call(value)));
    case 'RegExp': return remember(new RegExp(value.source, value.flags));
    // Shares the memory; Node makes a new SharedArrayBuffer object over it, Sable hands back the
    // same object (JS cannot make a second one over the same memory).
    case 'SharedArrayBuffer': return remember(value);
    case 'ArrayBuffer': return remember(copyArrayBuffer(value));
    case 'DataView': {
      const buffer = cloneValue(value.buffer, clones);
      return remember(new DataView(buffer, value.byteOffset, value.byteLength));
    }
    case 'TypedArray': {
      const buffer = cloneValue(value.buffer, clones);
      return remember(new globalThis[typedArrayName.call(value)](buffer, value.byteOffset, value.length));
    }
    case 'Map': {
      const copy = remember(new Map());
      for (const [key, item] of Array.from(value)) copy.set(cloneValue(key, clones), cloneValue(item, clones));
      return copy;
    }
    case 'Set': {
      const copy = remember(new Set());
      for (const item of Array.from(value)) copy.add(cloneValue(item, clones));
      return copy;
    }
    case 'Error': return cloneError(value, remember, clones);
    case 'Array': return cloneProperties(value, remember(new Array(value.length)), clones);
    case 'Ordinary': return cloneProperties(value, remember({}), clones);
    default:
      throw cannotClone(value);
  }
}

// Errors keep their kind (by name), message, cause and stack.
function cloneError(value, remember, clones) {
  const name = value.name;
  const ErrorConstructor = Object.hasOwn(kErrorConstructors, name) ? kErrorConstructors[name] : Error;
  const copy = remember(Object.create(ErrorConstructor.prototype));
  const define = (key, item) => Object.defineProperty(copy, key, { value: item, writable: true, configurable: true });
  const stack = value.stack;
  if (typeof stack === 'string') define('stack', stack);
  if (Object.hasOwn(value, 'message')) define('message', `${value.message}`);
  if (Object.hasOwn(value, 'cause')) define('cause', cloneValue(value.cause, clones));
  return copy;
}

// Own enumerable string-keyed properties, read with [[Get]] (so getters run).
function cloneProperties(value, copy, clones) {
  for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], clones);
  return copy;
}

function cloneValue(value, clones) {
  if (typeof value === 'symbol' || typeof value === 'function') throw cannotClone(value);
  if (typeof value !== 'object' || value === null) return value;
  return clones.get(value) ?? cloneObject(value, clones);
}

// The transfer list's ArrayBuffers, validated; they are detached once the clone is made.
function transferList(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (typeof transfer[Symbol.iterator] !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  const buffers = Array.from(transfer);
  for (const buffer of buffers) {
    if (objectKind(buffer) !== 'ArrayBuffer') {
      throw codedError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
  }
  if (new Set(buffers).size !== buffers.length) {
    throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
  }
  return buffers;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transfer = transferList(options?.transfer);
  const clone = cloneValue(value, new Map());
  for (const buffer of transfer) buffer.transfer();
  return clone;
}

module.exports = { structuredClone };
