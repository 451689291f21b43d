'use strict';
// buffer: Buffer, a Uint8Array subclass holding bytes with Node's encodings (utf8, utf16le,
// latin1, ascii, base64, base64url, hex), small allocations carved out of a shared pool; plus
// Blob, atob/btoa, isUtf8/isAscii and the module's constants. The byte loops of encoding and
// decoding are in internalBinding('buffer').

const binding = internalBinding('buffer');
const { inspect } = require('internal/util/inspect');
const {
  codedError, invalidArgType, invalidArgValue, outOfRange, validateInteger, validateNumber, validateString,
} = require('internal/errors');
const { kEncodings, normalizeEncoding, unknownEncoding, encodingName, encodingIndex, encodedLength } =
  require('internal/buffer/encodings');
const { methods: readWriteMethods } = require('internal/buffer/read_write');
const { Blob } = require('internal/blob');
const { File } = require('internal/file');
const { atob, btoa } = require('internal/buffer/base64_globals');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

// The class Buffer instances really are; Buffer itself is a function (callable without new).
class FastBuffer extends Uint8Array {}

let deprecationWarned = false;

function Buffer(arg, encodingOrOffset, length) {
  if (!deprecationWarned) {
    deprecationWarned = true;
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw invalidArgType('string', 'of type string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'prototype', { value: FastBuffer.prototype, writable: false });
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
// TypedArray methods that make new arrays (map, filter...) make FastBuffers, without the warning.
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });

function isUint8Array(value) {
  return ArrayBuffer.isView(value) && value instanceof Uint8Array;
}

function validateUint8Array(value, name) {
  if (!isUint8Array(value)) throw invalidArgType(name, 'an instance of Buffer or Uint8Array', value);
}

// Offsets and lengths: integers in [min, max], at most kMaxLength unless told.
function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

// The pool: allocUnsafe and from() of less than half its size share one ArrayBuffer.
Buffer.poolSize = 8 * 1024;
let pool;
let poolOffset = 0;

function createPool() {
  pool = new ArrayBuffer(Buffer.poolSize);
  poolOffset = 0;
}

function allocateFromPool(size) {
  if (pool === undefined || Buffer.poolSize - poolOffset < size || pool.byteLength !== Buffer.poolSize) createPool();
  const buffer = new FastBuffer(pool, poolOffset, size);
  // Keeps the next slice 8-byte aligned.
  poolOffset = (poolOffset + size + 7) & ~7;
  return buffer;
}

function allocateUnsafe(size) {
  return size > 0 && size < Buffer.poolSize >>> 1 ? allocateFromPool(size) : new FastBuffer(size);
}

// Validation of a size argument, shared by alloc, allocUnsafe and allocUnsafeSlow.
function validateSize(size) {
  validateNumber(size, 'size');
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buffer = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) return fillBuffer(buffer, fill, 0, buffer.length, encoding);
  return buffer;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocateUnsafe(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

// Any non-string or empty encoding means utf8.
function fromString(string, encoding) {
  const name = typeof encoding === 'string' ? normalizeEncoding(encoding) : 'utf8';
  if (name === undefined) throw unknownEncoding(encoding);
  const length = encodedLength(string, name);
  if (length === 0) return new FastBuffer();
  const buffer = allocateUnsafe(length);
  const written = binding.write(buffer, 0, length, string, kEncodings.indexOf(name));
  return written === length ? buffer : new FastBuffer(buffer.buffer, buffer.byteOffset, written);
}

function fromArrayLike(arrayLike) {
  const length = arrayLike.length;
  if (length <= 0) return new FastBuffer();
  const buffer = allocateUnsafe(length);
  // Each element converts as by assignment (ToNumber, then modulo 256).
  Uint8Array.prototype.set.call(buffer, arrayLike);
  return buffer;
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

function isAnyArrayBuffer(value) {
  const tag = Object.prototype.toString.call(value);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object')) {
      return Buffer.from(primitive, encodingOrOffset, length);
    }
    if (value.length !== undefined || isAnyArrayBuffer(value.buffer)) {
      return typeof value.length === 'number' ? fromArrayLike(value) : new FastBuffer();
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const text = value[Symbol.toPrimitive]('string');
      if (typeof text === 'string') return fromString(text, encodingOrOffset);
    }
  }
  throw invalidArgType('first argument',
    'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
};

Buffer.of = function of(...items) {
  const buffer = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buffer[i] = items[i];
  return buffer;
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw invalidArgType('view', 'an instance of TypedArray', view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
};

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
  }
  return encodedLength(string, normalizeEncoding(encoding) ?? 'utf8');
};

Buffer.compare = function compare(buf1, buf2) {
  validateUint8Array(buf1, 'buf1');
  validateUint8Array(buf2, 'buf2');
  return buf1 === buf2 ? 0 : binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      validateUint8Array(list[i], `list[${i}]`);
      length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const result = Buffer.allocUnsafe(length);
  let position = 0;
  for (let i = 0; i < list.length && position < length; i++) {
    const source = list[i];
    validateUint8Array(source, `list[${i}]`);
    const count = Math.min(source.length, length - position);
    result.set(count === source.length ? source : source.subarray(0, count), position);
    position += count;
  }
  result.fill(0, position, length);
  return result;
};

// fill ( value, offset, end, encoding ): a string value repeats its encoded bytes, a Uint8Array
// its bytes, anything else is a byte value.
function fillBuffer(buffer, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buffer.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buffer.length;
    }
    const name = normalizeEncoding(encoding);
    if (name === undefined) {
      validateString(encoding, 'encoding');
      throw unknownEncoding(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1 && (name === 'latin1' || (name === 'utf8' && value.charCodeAt(0) < 128))) {
      value = value.charCodeAt(0);
    } else {
      const pattern = fromString(value, name);
      if (pattern.length === 0) throw invalidArgValue('value', value);
      value = pattern;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buffer.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buffer.length;
    else validateOffset(end, 'end', 0, buffer.length);
    if (offset >= end) return buffer;
  }
  if (isUint8Array(value)) {
    if (value.length === 0) throw invalidArgValue('value', value);
    binding.fillPattern(buffer, offset, end, value);
  } else {
    Uint8Array.prototype.fill.call(buffer, typeof value === 'number' ? value : Number(value) >>> 0, offset, end);
  }
  return buffer;
}

// indexOf / lastIndexOf ( value, byteOffset, encoding ): Node's search, including its handling
// of offsets before the start and past the end.
function searchOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function bidirectionalIndexOf(buffer, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  byteOffset = Math.trunc(Math.min(Math.max(byteOffset, -0x80000000), 0x7fffffff));
  let needle;
  if (typeof value === 'number') {
    needle = new Uint8Array([(value >>> 0) & 0xFF]);
  } else if (typeof value === 'string') {
    needle = fromString(value, encodingName(encoding));
  } else if (isUint8Array(value)) {
    needle = value;
  } else {
    throw invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
  }
  const start = searchOffset(buffer.length, byteOffset, needle.length, forward);
  if (needle.length === 0) return start;
  return binding.indexOf(buffer, needle, start, forward);
}

// Throws ERR_STRING_TOO_LONG when `byteCount` bytes decode to more than kStringMaxLength
// characters in the encoding `name` (at most: one per byte, two per byte for hex, 4 per 3 for
// base64).
function checkStringLength(byteCount, name) {
  let length = byteCount;
  if (name === 'hex') length = byteCount * 2;
  else if (name === 'base64' || name === 'base64url') length = Math.ceil(byteCount / 3) * 4;
  if (length > kStringMaxLength) {
    throw codedError(Error, 'ERR_STRING_TOO_LONG',
      `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
  }
}

// toString's start and end: clamped to the buffer, truncated, NaN as 0.
function clampStart(start, length) {
  if (start === undefined || start < 0) return 0;
  return Math.trunc(start) || 0;
}

const prototypeMethods = {
  toString(encoding, start, end) {
    if (arguments.length === 0) {
      checkStringLength(this.length, 'utf8');
      return binding.decode(this, 0, this.length, 0);
    }
    const length = this.length;
    start = clampStart(start, length);
    if (start >= length) return '';
    if (end === undefined || end > length) end = length;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    const index = encodingIndex(encoding);
    checkStringLength(end - start, kEncodings[index]);
    return binding.decode(this, start, end, index);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    if (offset === undefined) {
      return binding.write(this, 0, this.length, string, 0);
    }
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    return binding.write(this, offset, offset + length, string, encodingIndex(encoding || undefined));
  },

  fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
  },

  equals(otherBuffer) {
    validateUint8Array(otherBuffer, 'otherBuffer');
    if (this === otherBuffer) return true;
    return this.byteLength === otherBuffer.byteLength &&
      binding.compare(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    validateUint8Array(target, 'target');
    targetStart = targetStart === undefined ? 0 : targetStart;
    validateOffset(targetStart, 'targetStart');
    targetEnd = targetEnd === undefined ? target.length : targetEnd;
    validateOffset(targetEnd, 'targetEnd', 0, target.length);
    sourceStart = sourceStart === undefined ? 0 : sourceStart;
    validateOffset(sourceStart, 'sourceStart');
    sourceEnd = sourceEnd === undefined ? this.length : sourceEnd;
    validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },

  copy(target, targetStart, sourceStart, sourceEnd) {
    validateUint8Array(target, 'target');
    targetStart = toCopyOffset(targetStart, 'targetStart', 0);
    sourceStart = toCopyOffset(sourceStart, 'sourceStart', 0, this.length);
    sourceEnd = toCopyOffset(sourceEnd, 'sourceEnd', this.length);
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    sourceEnd = Math.min(sourceEnd, this.length);
    const count = Math.min(sourceEnd - sourceStart, target.length - targetStart);
    target.set(this.subarray(sourceStart, sourceStart + count), targetStart);
    return count;
  },

  indexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
  },

  lastIndexOf(value, byteOffset, encoding) {
    return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
  },

  includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  },

  toJSON() {
    return { type: 'Buffer', data: Array.from(this) };
  },

  // slice is subarray for Buffers: a view, not a copy.
  subarray(start, end) {
    const length = this.length;
    start = toSliceIndex(start, 0, length);
    end = toSliceIndex(end, length, length);
    return new FastBuffer(this.buffer, this.byteOffset + start, Math.max(end - start, 0));
  },

  swap16() { return swapBytes(this, 2); },
  swap32() { return swapBytes(this, 4); },
  swap64() { return swapBytes(this, 8); },

  [inspect.custom](recurseTimes, ctx) {
    const shown = Math.min(INSPECT_MAX_BYTES, this.length);
    const remaining = this.length - INSPECT_MAX_BYTES;
    let text = binding.decode(this, 0, shown, kEncodings.indexOf('hex')).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const extras = { __proto__: null };
      let hasExtras = false;
      const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
      for (const key of keys) {
        if (/^(0|[1-9][0-9]*)$/.test(key)) continue;
        extras[key] = this[key];
        hasExtras = true;
      }
      if (hasExtras) {
        if (this.length !== 0) text += ', ';
        // Drops "[Object: null prototype] {" and " }".
        text += inspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${text}>`;
  },
};
// The deprecated name of subarray.
prototypeMethods.slice = function slice(start, end) {
  return this.subarray(start, end);
};
prototypeMethods.toLocaleString = prototypeMethods.toString;
prototypeMethods.inspect = prototypeMethods[inspect.custom];

// copy's offsets: undefined means `fallback`; others are integers (after ToNumber) >= 0, and
// <= max when one is given.
function toCopyOffset(value, name, fallback, max) {
  if (value === undefined) return fallback;
  value = Math.trunc(+value) || 0;
  if (max !== undefined && (value < 0 || value > max)) throw outOfRange(name, `>= 0 && <= ${max}`, value);
  if (value < 0) throw outOfRange(name, '>= 0', value);
  return value;
}

function toSliceIndex(value, fallback, length) {
  if (value === undefined) return fallback;
  value = Math.trunc(+value) || 0;
  if (value < 0) return Math.max(value + length, 0);
  return Math.min(value, length);
}

function swapBytes(buffer, size) {
  if (buffer.length % size !== 0) {
    throw codedError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${size * 8}-bits`);
  }
  for (let i = 0; i < buffer.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const byte = buffer[a];
      buffer[a] = buffer[b];
      buffer[b] = byte;
    }
  }
  return buffer;
}

// The per-encoding primitives Node's Buffers also carry (utf8Slice, hexWrite...; utf16le is
// named ucs2 here): no argument juggling, only range checks.
for (const [index, encoding] of kEncodings.entries()) {
  const name = encoding === 'utf16le' ? 'ucs2' : encoding;
  prototypeMethods[`${name}Slice`] = function(start = 0, end = this.length) {
    if (start < 0 || end > this.length) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    if (end <= start) return '';
    checkStringLength(end - start, encoding);
    return binding.decode(this, start, end, index);
  };
  prototypeMethods[`${name}Write`] = function(string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    if (offset < 0) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    if (offset > this.length) {
      throw codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
    }
    return binding.write(this, offset, offset + Math.min(length, this.length - offset), string, index);
  };
}

// Assigned, as Node does, so the methods are enumerable.
Object.assign(Buffer.prototype, prototypeMethods, readWriteMethods);
// The legacy names of buffer and byteOffset.
Object.defineProperty(Buffer.prototype, 'parent', {
  get() { return this instanceof Buffer ? this.buffer : undefined; }, enumerable: true, configurable: true,
});
Object.defineProperty(Buffer.prototype, 'offset', {
  get() { return this instanceof Buffer ? this.byteOffset : undefined; }, enumerable: true, configurable: true,
});

function isUtf8(input) {
  const bytes = viewBytes(input, 'input');
  return binding.isUtf8(bytes, 0, bytes.length);
}

function isAscii(input) {
  const bytes = viewBytes(input, 'input');
  return binding.isAscii(bytes, 0, bytes.length);
}

// The bytes of a TypedArray or (Shared)ArrayBuffer as a Uint8Array.
function viewBytes(input, name) {
  if (ArrayBuffer.isView(input) && !(input instanceof DataView)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw invalidArgType(name, 'an instance of ArrayBuffer, Buffer, or TypedArray', input);
}

// transcode ( source, fromEncoding, toEncoding ): re-encodes text between Node's encodings.
function transcode(source, fromEncoding, toEncoding) {
  validateUint8Array(source, 'source');
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  const supported = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!supported.includes(from) || !supported.includes(to)) {
    const error = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    error.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    error.errno = 1;
    throw error;
  }
  let text = binding.decode(source, 0, source.length, kEncodings.indexOf(from));
  // Characters the target cannot hold become '?'.
  if (to === 'latin1') text = text.replace(/[^\u0000-\u00ff]/g, '?');
  if (to === 'ascii') text = text.replace(/[^\u0000-\u007f]/g, '?');
  return fromString(text, to);
}

// resolveObjectURL ( id ): the Blob registered under a blob: URL. Sable has no
// URL.createObjectURL, so no URL is ever registered.
function resolveObjectURL() {
  return undefined;
}

module.exports = {
  Buffer,
  SlowBuffer: Buffer.allocUnsafeSlow,
  Blob,
  File,
  resolveObjectURL,
  atob,
  btoa,
  transcode,
  isUtf8,
  isAscii,
  constants,
  kMaxLength,
  kStringMaxLength,
  get INSPECT_MAX_BYTES() { return INSPECT_MAX_BYTES; },
  set INSPECT_MAX_BYTES(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES');
    if (!(value >= 0)) throw outOfRange('INSPECT_MAX_BYTES', '>= 0', value);
    INSPECT_MAX_BYTES = value;
  },
};
