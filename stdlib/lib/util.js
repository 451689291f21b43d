'use strict';
// util: inspect and format (internal/util/inspect), inherits, promisify, callbackify,
// deprecate, isDeepStrictEqual (internal/util/comparisons), and the legacy type predicates.

const { inspect, format, formatWithOptions } = require('internal/util/inspect');
const { objectKind } = internalBinding('util');
const { invalidArgType } = require('internal/errors');
const { isDeepStrictEqual } = require('internal/util/comparisons');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'of type function', superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
  if (original[kCustomPromisify]) {
    const custom = original[kCustomPromisify];
    if (typeof custom !== 'function') throw invalidArgType('util.promisify.custom', 'of type function', custom);
    return Object.defineProperty(custom, kCustomPromisify, { value: custom, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (error, ...values) => {
        if (error) return reject(error);
        resolve(values[0]);
      });
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function callbackify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
  function callbackified(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') throw invalidArgType('last argument', 'of type function', callback);
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => {
        if (!reason) {
          const error = new Error('Promise was rejected with a falsy value');
          error.code = 'ERR_FALSY_VALUE_REJECTION';
          error.reason = reason;
          reason = error;
        }
        process.nextTick(callback, reason);
      });
  }
  Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(original));
  return callbackified;
}

const warnedCodes = new Set();
function deprecate(fn, message, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned && !(code !== undefined && warnedCodes.has(code))) {
      warned = true;
      if (code !== undefined) warnedCodes.add(code);
      process.emitWarning(message, 'DeprecationWarning', code);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function kindIs(...kinds) {
  return (value) => kinds.includes(objectKind(value));
}

const types = {
  isPromise: kindIs('Promise'),
  isRegExp: kindIs('RegExp'),
  isDate: kindIs('Date'),
  isMap: kindIs('Map'),
  isSet: kindIs('Set'),
  isWeakMap: kindIs('WeakMap'),
  isWeakSet: kindIs('WeakSet'),
  isMapIterator: kindIs('MapIterator'),
  isSetIterator: kindIs('SetIterator'),
  isNativeError: kindIs('Error'),
  isProxy: kindIs('Proxy', 'ProxyCallable', 'ProxyConstructor'),
  isTypedArray: kindIs('TypedArray'),
  isArrayBuffer: kindIs('ArrayBuffer'),
  isSharedArrayBuffer: kindIs('SharedArrayBuffer'),
  isAnyArrayBuffer: kindIs('ArrayBuffer', 'SharedArrayBuffer'),
  isDataView: kindIs('DataView'),
  isGeneratorObject: kindIs('Generator'),
  isModuleNamespaceObject: kindIs('ModuleNamespace'),
  isArgumentsObject: kindIs('Arguments', 'MappedArguments'),
  isBoxedPrimitive: kindIs('NumberObject', 'StringObject', 'BooleanObject', 'SymbolObject', 'BigIntObject'),
  isNumberObject: kindIs('NumberObject'),
  isStringObject: kindIs('StringObject'),
  isBooleanObject: kindIs('BooleanObject'),
  isSymbolObject: kindIs('SymbolObject'),
  isBigIntObject: kindIs('BigIntObject'),
  isAsyncFunction(value) {
    const tag = typeof value === 'function' && Object.getPrototypeOf(value)?.[Symbol.toStringTag];
    return tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction';
  },
  isGeneratorFunction(value) {
    const tag = typeof value === 'function' && Object.getPrototypeOf(value)?.[Symbol.toStringTag];
    return tag === 'GeneratorFunction' || tag === 'AsyncGeneratorFunction';
  },
  isArrayBufferView: (value) => ArrayBuffer.isView(value),
};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (value) => types.isTypedArray(value) &&
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(value) === name;
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  inherits,
  promisify,
  callbackify,
  deprecate,
  types,
  isDeepStrictEqual,
  isArray: Array.isArray,
  isError: (value) => types.isNativeError(value) || value instanceof Error,
  debuglog: () => Object.assign(() => {}, { enabled: false }),
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
};
