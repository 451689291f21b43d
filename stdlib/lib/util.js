'use strict';
// util: inspect and format (internal/util/inspect), inherits, promisify, callbackify,
// deprecate, isDeepStrictEqual (internal/util/comparisons), debuglog, MIMEType, parseEnv, the
// legacy type predicates and log, and Node's underscored helpers (_extend, _errnoException...).

const { inspect, format, formatWithOptions } = require('internal/util/inspect');
const { objectKind, errorName, errorCodes } = internalBinding('util');
const { invalidArgType, errnoException, exceptionWithHostPort, uvErrorName } = require('internal/errors');
const { debuglog } = require('internal/util/debuglog');
const { parseEnv } = require('internal/util/parse_env');
const { MIMEType, MIMEParams } = require('internal/mime');
const { aborted, transferableAbortSignal, transferableAbortController } = require('internal/util/abort_helpers');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { parseArgs } = require('internal/util/parse_args');
const { deprecate } = require('internal/util/deprecate');

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

// ANSI escape sequences (CSI and OSC forms, 7-bit and 8-bit introducers; OSC ends with BEL or ST).
// eslint-disable-next-line no-control-regex
const kVTControlPattern = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?(?:\u0007|\u001B\\|\u009C))|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(text) {
  if (typeof text !== 'string') throw invalidArgType('str', 'of type string', text);
  return text.replace(kVTControlPattern, '');
}

function toUSVString(text) {
  return String(text).toWellFormed();
}

function getSystemErrorName(error) {
  if (typeof error !== 'number') throw invalidArgType('err', 'of type number', error);
  if (error >= 0 || !Number.isSafeInteger(error)) {
    const rangeError = new RangeError(`The value of "err" is out of range. It must be a negative integer. Received ${error}`);
    rangeError.code = 'ERR_OUT_OF_RANGE';
    throw rangeError;
  }
  return errorName(error);
}

// getSystemErrorMap ( ): every libuv error number mapped to its [code, description].
function getSystemErrorMap() {
  return new Map(errorCodes().map((errno) => [errno, uvErrorName(errno)]));
}

// _extend ( target, source ): the old Object.assign (own enumerable string keys); a source that
// is not an object copies nothing.
function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

const kMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// log ( ...args ): the arguments formatted after a local "27 Nov 04:25:40 - " timestamp.
function log(...args) {
  const now = new Date();
  const time = [now.getHours(), now.getMinutes(), now.getSeconds()]
    .map((part) => String(part).padStart(2, '0')).join(':');
  console.log('%s - %s', `${now.getDate()} ${kMonths[now.getMonth()]} ${time}`, format(...args));
}

// Whether `stream` shows colors: a terminal, unless NO_COLOR; or FORCE_COLOR set (not 0).
function streamHasColors(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR !== undefined) return false;
  return Boolean(stream?.isTTY);
}

// styleText ( format, text [, { validateStream, stream }] ): `text` wrapped in the ANSI codes of
// `format` (a style name or an array of them); with validateStream (the default) only when
// the stream shows colors.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw invalidArgType('text', 'of type string', text);
  if (Array.isArray(format)) {
    let styled = text;
    for (let i = format.length - 1; i >= 0; i--) styled = styleText(format[i], styled, { validateStream: false });
    return styled;
  }
  const codes = Object.hasOwn(inspect.colors, format) ? inspect.colors[format] : undefined;
  if (codes === undefined) {
    const error = new TypeError(`The argument 'format' must be one of: ${Object.keys(inspect.colors).map((name) => `'${name}'`).join(', ')}. Received ${inspect(format)}`);
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
  if (validateStream && !streamHasColors(stream)) return text;
  return `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

module.exports = {
  parseArgs,
  styleText,
  stripVTControlCharacters,
  toUSVString,
  getSystemErrorName,
  inspect,
  format,
  formatWithOptions,
  inherits,
  promisify,
  callbackify,
  deprecate,
  types,
  isDeepStrictEqual,
  debuglog,
  debug: debuglog,
  MIMEType,
  MIMEParams,
  parseEnv,
  getSystemErrorMap,
  aborted,
  transferableAbortSignal,
  transferableAbortController,
  log,
  _extend: extend,
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  isArray: Array.isArray,
  isBoolean: (value) => typeof value === 'boolean',
  isBuffer: (value) => Buffer.isBuffer(value),
  isDate: types.isDate,
  isError: (value) => types.isNativeError(value) || value instanceof Error,
  isFunction: (value) => typeof value === 'function',
  isNull: (value) => value === null,
  isNullOrUndefined: (value) => value === undefined || value === null,
  isNumber: (value) => typeof value === 'number',
  isObject: (value) => value !== null && typeof value === 'object',
  isPrimitive: (value) => value === null || (typeof value !== 'object' && typeof value !== 'function'),
  isRegExp: types.isRegExp,
  isString: (value) => typeof value === 'string',
  isSymbol: (value) => typeof value === 'symbol',
  isUndefined: (value) => value === undefined,
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
};
