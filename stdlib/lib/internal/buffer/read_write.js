'use strict';
// Buffer.prototype's number readers and writers: integers of 1 to 6 bytes, floats, doubles and
// 64-bit BigInts, little- and big-endian, with Node's offset and range errors. Each method also
// goes by its lower-case alias (readUint8 for readUInt8...).

const { codedError, outOfRange, validateNumber, invalidArgType } = require('internal/errors');

function outsideBufferBounds() {
  return codedError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
}

// The error for an offset (or byteLength when `name` is given) outside [0 or 1, last].
function boundsError(value, last, name) {
  if (Math.floor(value) !== value) {
    validateNumber(value, name || 'offset');
    throw outOfRange(name || 'offset', 'an integer', value);
  }
  if (last < 0) throw outsideBufferBounds();
  throw outOfRange(name || 'offset', `>= ${name ? 1 : 0} and <= ${last}`, value);
}

// Validates that `byteLength` bytes at `offset` lie inside the buffer.
function checkOffset(buffer, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (!(offset >= 0 && offset + byteLength <= buffer.length && Number.isInteger(offset))) {
    boundsError(offset, buffer.length - byteLength);
  }
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw invalidArgType('byteLength', 'of type number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) boundsError(byteLength, 6, 'byteLength');
}

// Node states the range of a value of more than 4 bytes as powers of two.
function checkValue(value, min, max, byteLength) {
  if (!(value > max || value < min)) return;
  const n = typeof min === 'bigint' ? 'n' : '';
  const bits = byteLength * 8;
  let range;
  if (byteLength <= 4) range = `>= ${min}${n} and <= ${max}${n}`;
  else if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
  else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
  throw outOfRange('value', range, value);
}

function readUnsigned(buffer, offset, byteLength, littleEndian) {
  let value = 0;
  for (let i = 0; i < byteLength; i++) {
    value = value * 256 + buffer[offset + (littleEndian ? byteLength - 1 - i : i)];
  }
  return value;
}

function readSigned(buffer, offset, byteLength, littleEndian) {
  const value = readUnsigned(buffer, offset, byteLength, littleEndian);
  const limit = 2 ** (byteLength * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

// Stores the two's complement of the (truncated) value: ToUint8 of each byte, as Node does.
function writeBytes(buffer, value, offset, byteLength, littleEndian) {
  let rest = Math.trunc(value);
  if (rest < 0) rest += 2 ** (byteLength * 8);
  for (let i = 0; i < byteLength; i++) {
    buffer[offset + (littleEndian ? i : byteLength - 1 - i)] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return offset + byteLength;
}

const methods = {};

// Names a method and records it under its name and lower-case alias.
function define(name, fn) {
  Object.defineProperty(fn, 'name', { value: name });
  methods[name] = fn;
  methods[name.replace('UInt', 'Uint')] = fn;
}

for (const byteLength of [1, 2, 4]) {
  const bits = byteLength * 8;
  for (const endian of byteLength === 1 ? [''] : ['LE', 'BE']) {
    const littleEndian = endian !== 'BE';
    define(`readUInt${bits}${endian}`, function(offset = 0) {
      checkOffset(this, offset, byteLength);
      return readUnsigned(this, offset, byteLength, littleEndian);
    });
    define(`readInt${bits}${endian}`, function(offset = 0) {
      checkOffset(this, offset, byteLength);
      return readSigned(this, offset, byteLength, littleEndian);
    });
    define(`writeUInt${bits}${endian}`, function(value, offset = 0) {
      value = +value;
      checkValue(value, 0, 2 ** bits - 1, byteLength);
      checkOffset(this, offset, byteLength);
      return writeBytes(this, value, offset, byteLength, littleEndian);
    });
    define(`writeInt${bits}${endian}`, function(value, offset = 0) {
      value = +value;
      checkValue(value, -(2 ** (bits - 1)), 2 ** (bits - 1) - 1, byteLength);
      checkOffset(this, offset, byteLength);
      return writeBytes(this, value, offset, byteLength, littleEndian);
    });
  }
}

for (const endian of ['LE', 'BE']) {
  const littleEndian = endian === 'LE';
  define(`readUInt${endian}`, function(offset, byteLength) {
    checkByteLength(byteLength);
    checkOffset(this, offset, byteLength);
    return readUnsigned(this, offset, byteLength, littleEndian);
  });
  define(`readInt${endian}`, function(offset, byteLength) {
    checkByteLength(byteLength);
    checkOffset(this, offset, byteLength);
    return readSigned(this, offset, byteLength, littleEndian);
  });
  define(`writeUInt${endian}`, function(value, offset, byteLength) {
    checkByteLength(byteLength);
    value = +value;
    checkValue(value, 0, 2 ** (byteLength * 8) - 1, byteLength);
    checkOffset(this, offset, byteLength);
    return writeBytes(this, value, offset, byteLength, littleEndian);
  });
  define(`writeInt${endian}`, function(value, offset, byteLength) {
    checkByteLength(byteLength);
    value = +value;
    checkValue(value, -(2 ** (byteLength * 8 - 1)), 2 ** (byteLength * 8 - 1) - 1, byteLength);
    checkOffset(this, offset, byteLength);
    return writeBytes(this, value, offset, byteLength, littleEndian);
  });

  // 64-bit BigInts, as two 32-bit halves.
  define(`readBigUInt64${endian}`, function(offset = 0) {
    checkOffset(this, offset, 8);
    const low = readUnsigned(this, littleEndian ? offset : offset + 4, 4, littleEndian);
    const high = readUnsigned(this, littleEndian ? offset + 4 : offset, 4, littleEndian);
    return (BigInt(high) << 32n) | BigInt(low);
  });
  define(`readBigInt64${endian}`, function(offset = 0) {
    return BigInt.asIntN(64, methods[`readBigUInt64${endian}`].call(this, offset));
  });
  for (const [name, min, max] of [['writeBigUInt64', 0n, 2n ** 64n - 1n], ['writeBigInt64', -(2n ** 63n), 2n ** 63n - 1n]]) {
    define(`${name}${endian}`, function(value, offset = 0) {
      checkValue(value, min, max, 8);
      checkOffset(this, offset, 8);
      const bits = BigInt.asUintN(64, value);
      writeBytes(this, Number(bits & 0xFFFFFFFFn), littleEndian ? offset : offset + 4, 4, littleEndian);
      writeBytes(this, Number(bits >> 32n), littleEndian ? offset + 4 : offset, 4, littleEndian);
      return offset + 8;
    });
  }

  // Floats and doubles, through a scratch array viewed as bytes (in the host's byte order).
  for (const [kind, FloatArray] of [['Float', Float32Array], ['Double', Float64Array]]) {
    const scratch = new FloatArray(1);
    const bytes = new Uint8Array(scratch.buffer);
    const size = bytes.length;
    const hostLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    const index = (i) => (littleEndian === hostLittleEndian ? i : size - 1 - i);
    define(`read${kind}${endian}`, function(offset = 0) {
      checkOffset(this, offset, size);
      for (let i = 0; i < size; i++) bytes[index(i)] = this[offset + i];
      return scratch[0];
    });
    define(`write${kind}${endian}`, function(value, offset = 0) {
      scratch[0] = +value;
      checkOffset(this, offset, size);
      for (let i = 0; i < size; i++) this[offset + i] = bytes[index(i)];
      return offset + size;
    });
  }
}

module.exports = { methods, outsideBufferBounds };
