'use strict';
// Random bytes, integers and UUIDs from OpenSSL's generator, and Web Crypto's getRandomValues.
// The callback forms fill synchronously and call back from the check phase, where Node's thread
// pool results would arrive by (randomInt calls back on the next tick, as Node's does).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, outOfRange, validateFunction, validateNumber } = require('internal/errors');
const { nextTick } = require('internal/process/task_queues');

const kMaxLength = 2 ** 31 - 1;
// randomInt's range must fit in 48 bits.
const kMaxRange = 2 ** 48 - 1;

function fill(view) {
  if (!binding.randomFill(view)) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Random bytes generation failed');
}

function validateSize(size, name, max) {
  validateNumber(size, name);
  if (Number.isNaN(size) || size < 0 || size > max) throw outOfRange(name, `>= 0 && <= ${max}`, size);
}

function randomBytes(size, callback) {
  validateSize(size, 'size', kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buffer = Buffer.alloc(Math.trunc(size));
  if (callback === undefined) {
    fill(buffer);
    return buffer;
  }
  fill(buffer);
  setImmediate(callback, null, buffer);
}

// The bytes of `buf` from offset for size bytes, validated as Node does.
function fillTarget(buf, offset = 0, size) {
  const isBuffer = ArrayBuffer.isView(buf);
  if (!isBuffer && !(buf instanceof ArrayBuffer)) {
    throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT ?? 1;
  const bytes = isBuffer ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
  const length = bytes.length / elementSize;
  validateSize(offset, 'offset', length);
  size ??= length - offset;
  validateSize(size, 'size', length - offset > kMaxLength ? kMaxLength : length);
  if (offset + size > length) throw outOfRange('size + offset', `<= ${length}`, size + offset);
  return bytes.subarray(offset * elementSize, (offset + size) * elementSize);
}

function randomFillSync(buf, offset, size) {
  fill(fillTarget(buf, offset, size));
  return buf;
}

// randomFill ( buf [ , offset [ , size ] ], callback )
function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') [offset, size, callback] = [undefined, undefined, offset];
  else if (typeof size === 'function') [size, callback] = [undefined, size];
  validateFunction(callback, 'callback');
  fill(fillTarget(buf, offset, size));
  setImmediate(callback, null, buf);
}

function validateSafeInteger(value, name) {
  if (!Number.isSafeInteger(value)) throw invalidArgType(name, 'a safe integer', value);
}

// randomInt ( [ min, ] max [ , callback ] ): an integer in [min, max), without modulo bias.
function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') [min, max, callback] = [0, min, max];
  if (callback !== undefined) validateFunction(callback, 'callback');
  validateSafeInteger(min, 'min');
  validateSafeInteger(max, 'max');
  if (max <= min) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
  }
  const range = max - min;
  if (range > kMaxRange) throw outOfRange('max - min', `<= ${kMaxRange}`, range);
  // Draw 48-bit numbers, rejecting those in the incomplete last multiple of range.
  const limit = 2 ** 48 - (2 ** 48 % range);
  const bytes = Buffer.alloc(6);
  let value;
  do {
    fill(bytes);
    value = bytes.readUIntBE(0, 6);
  } while (value >= limit);
  const result = min + (value % range);
  if (callback === undefined) return result;
  nextTick(callback, undefined, result);
}

const kHex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

// randomUUID ( [ options ] ): a version 4 UUID.
function randomUUID(options) {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw invalidArgType('options', 'of type object', options);
  }
  if (options?.disableEntropyCache !== undefined && typeof options.disableEntropyCache !== 'boolean') {
    throw invalidArgType('options.disableEntropyCache', 'of type boolean', options.disableEntropyCache);
  }
  const bytes = new Uint8Array(16);
  fill(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => kHex[byte]);
  return `${hex.slice(0, 4).join('')}-${hex.slice(4, 6).join('')}-${hex.slice(6, 8).join('')}-` +
    `${hex.slice(8, 10).join('')}-${hex.slice(10).join('')}`;
}

const kIntegerArrays = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

// Web Crypto's getRandomValues ( typedArray ): at most 65,536 bytes of an integer typed array.
function getRandomValues(data) {
  const { DOMException } = require('internal/dom_exception');
  const kind = ArrayBuffer.isView(data) && !(data instanceof DataView) ? Object.prototype.toString.call(data).slice(8, -1) : '';
  if (!kIntegerArrays.includes(kind)) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  fill(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return data;
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues };
