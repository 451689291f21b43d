'use strict';
// v8.Serializer and v8.Deserializer: the V8 value serialization wire format (version 15, the
// one Node 20 writes; versions 13 and 14 are read too), written and read in JS — the format of
// V8's src/objects/value-serializer.cc, byte for byte for primitives, plain objects, arrays,
// Maps, Sets, Dates, RegExps, primitive wrappers, errors, ArrayBuffers and their views.

const { Buffer } = require('buffer');
const { objectKind } = internalBinding('util');
const { codedError, invalidArgType } = require('internal/errors');

const kLatestVersion = 15;
const kOldestReadableVersion = 13;

// The tags, as V8 names them.
const Tag = {
  version: 0xFF, padding: 0x00, verifyObjectCount: 0x3F, theHole: 0x2D, undefined: 0x5F, null: 0x30, true: 0x54,
  false: 0x46, int32: 0x49, uint32: 0x55, double: 0x4E, bigInt: 0x5A, utf8String: 0x53, oneByteString: 0x22,
  twoByteString: 0x63, objectReference: 0x5E, beginJSObject: 0x6F, endJSObject: 0x7B, beginSparseJSArray: 0x61,
  endSparseJSArray: 0x40, beginDenseJSArray: 0x41, endDenseJSArray: 0x24, date: 0x44, trueObject: 0x79,
  falseObject: 0x78, numberObject: 0x6E, bigIntObject: 0x7A, stringObject: 0x73, regExp: 0x52, beginJSMap: 0x3B,
  endJSMap: 0x3A, beginJSSet: 0x27, endJSSet: 0x2C, arrayBuffer: 0x42, arrayBufferTransfer: 0x74,
  arrayBufferView: 0x56, hostObject: 0x5C, error: 0x72,
};

// An error's sub-tags: the prototype, then message, cause and stack, then the end.
const ErrorTag = { EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46, SyntaxError: 0x53, TypeError: 0x54, URIError: 0x55,
  message: 0x6D, cause: 0x63, stack: 0x73, end: 0x2E };

// A typed array's or DataView's sub-tag in an ArrayBufferView.
const viewSubtags = {
  Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77, Uint16Array: 0x57, Int32Array: 0x64,
  Uint32Array: 0x44, Float32Array: 0x66, Float64Array: 0x46, BigInt64Array: 0x71, BigUint64Array: 0x51, DataView: 0x3F,
};
const viewsBySubtag = new Map(Object.entries(viewSubtags).map(([name, subtag]) => [subtag, globalThis[name]]));

// RegExp flags as V8's bit set.
const regExpFlags = 'gimsuyvd';
const regExpFlagBits = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, d: 128, v: 256 };

const typedArrayName = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const isArrayIndex = (key) => /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;

// The serializer's own kind of error (its _getDataCloneError) for `message`.
const dataCloneError = (serializer, message) => serializer._getDataCloneError(message);

// How a value that cannot be cloned is named in the error: a function by its source, a symbol as
// its description, an object as #<Constructor>.
function describeUncloneable(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return String(value);
  const kind = objectKind(value);
  if (kind?.startsWith('Proxy')) return '#<Object>';
  return `#<${value.constructor?.name ?? 'Object'}>`;
}

class Serializer {
  #bytes = new Uint8Array(64);
  #length = 0;
  #ids = new Map();
  #nextId = 0;
  #transferred = new Map();
  #viewsAreHostObjects = false;

  #reserve(count) {
    if (this.#length + count <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + count));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }

  #byte(value) {
    this.#reserve(1);
    this.#bytes[this.#length++] = value;
  }

  #raw(bytes) {
    this.#reserve(bytes.length);
    this.#bytes.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  // A base-128 varint, least significant group first (bigint for 64-bit values).
  #varint(value) {
    if (typeof value === 'bigint') {
      do {
        const group = Number(value & 0x7Fn);
        value >>= 7n;
        this.#byte(value > 0n ? group | 0x80 : group);
      } while (value > 0n);
      return;
    }
    do {
      const group = value % 128;
      value = Math.floor(value / 128);
      this.#byte(value > 0 ? group | 0x80 : group);
    } while (value > 0);
  }

  #double(value) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, value, true);
    this.#raw(bytes);
  }

  #string(value) {
    let oneByte = true;
    for (let index = 0; index < value.length && oneByte; index++) oneByte = value.charCodeAt(index) <= 0xFF;
    if (oneByte) {
      this.#byte(Tag.oneByteString);
      this.#varint(value.length);
      this.#raw(Buffer.from(value, 'latin1'));
      return;
    }
    // Two-byte contents start at an even offset.
    const byteLength = value.length * 2;
    let varintSize = 1;
    for (let rest = byteLength; rest >= 128; rest = Math.floor(rest / 128)) varintSize++;
    if ((this.#length + 1 + varintSize) & 1) this.#byte(Tag.padding);
    this.#byte(Tag.twoByteString);
    this.#varint(byteLength);
    this.#raw(Buffer.from(value, 'utf16le'));
  }

  // Sign in the low bit, then the magnitude's length in bytes; the magnitude as 64-bit words,
  // least significant first.
  #bigInt(value) {
    const negative = value < 0n;
    let magnitude = negative ? -value : value;
    const words = [];
    while (magnitude > 0n) {
      words.push(magnitude & 0xFFFFFFFFFFFFFFFFn);
      magnitude >>= 64n;
    }
    this.#varint(words.length * 8 * 2 + (negative ? 1 : 0));
    const bytes = new DataView(new ArrayBuffer(words.length * 8));
    words.forEach((word, index) => bytes.setBigUint64(index * 8, word, true));
    this.#raw(new Uint8Array(bytes.buffer));
  }

  writeHeader() {
    this.#byte(Tag.version);
    this.#varint(kLatestVersion);
  }

  writeValue(value) {
    this.#writeObject(value);
    return true;
  }

  releaseBuffer() {
    const result = Buffer.from(this.#bytes.subarray(0, this.#length));
    this.#bytes = new Uint8Array(64);
    this.#length = 0;
    return result;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!(arrayBuffer instanceof ArrayBuffer)) throw invalidArgType('arrayBuffer', 'an instance of ArrayBuffer', arrayBuffer);
    this.#transferred.set(arrayBuffer, id);
  }

  writeUint32(value) {
    this.#varint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this.#varint((BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0));
  }

  writeDouble(value) {
    this.#double(Number(value));
  }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
      throw invalidArgType('source', 'an instance of Buffer, TypedArray, or DataView', source);
    }
    this.#raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this.#viewsAreHostObjects = !!flag;
  }

  _getDataCloneError(message) {
    return new Error(message);
  }

  #writeObject(value) {
    switch (typeof value) {
      case 'undefined': return this.#byte(Tag.undefined);
      case 'boolean': return this.#byte(value ? Tag.true : Tag.false);
      case 'string': return this.#string(value);
      case 'bigint':
        this.#byte(Tag.bigInt);
        return this.#bigInt(value);
      case 'number':
        // Integers V8 keeps as small integers (32-bit on 64-bit machines without pointer
        // compression, as Node builds) are int32s; other numbers doubles.
        if (Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31 && !Object.is(value, -0)) {
          this.#byte(Tag.int32);
          return this.#varint(value >= 0 ? value * 2 : -value * 2 - 1);
        }
        this.#byte(Tag.double);
        return this.#double(value);
      case 'symbol':
      case 'function':
        throw dataCloneError(this, `${describeUncloneable(value)} could not be cloned.`);
      default:
        if (value === null) return this.#byte(Tag.null);
        return this.#writeReceiver(value);
    }
  }

  // An object: a reference when it was written before, else its id is the next one.
  #writeReceiver(object) {
    const kind = objectKind(object);
    // A view's buffer comes first (and takes the id before the view's).
    if ((kind === 'TypedArray' || kind === 'DataView') && !this.#ids.has(object) && !this.#viewsAreHostObjects) {
      this.#writeReceiver(object.buffer);
    }
    if (this.#ids.has(object)) {
      this.#byte(Tag.objectReference);
      return this.#varint(this.#ids.get(object));
    }
    this.#ids.set(object, this.#nextId++);
    switch (kind) {
      case 'Array': return this.#writeArray(object);
      case 'Ordinary': return this.#writeProperties(Tag.beginJSObject, object, Object.keys(object), Tag.endJSObject);
      case 'Date':
        this.#byte(Tag.date);
        return this.#double(Date.prototype.getTime.call(object));
      case 'RegExp': {
        this.#byte(Tag.regExp);
        this.#string(object.source);
        let bits = 0;
        for (const flag of object.flags) if (regExpFlags.includes(flag)) bits |= regExpFlagBits[flag];
        return this.#varint(bits);
      }
      case 'Map': {
        const entries = [...Map.prototype.entries.call(object)];
        this.#byte(Tag.beginJSMap);
        for (const [key, value] of entries) {
          this.#writeObject(key);
          this.#writeObject(value);
        }
        this.#byte(Tag.endJSMap);
        return this.#varint(entries.length * 2);
      }
      case 'Set': {
        const values = [...Set.prototype.values.call(object)];
        this.#byte(Tag.beginJSSet);
        for (const value of values) this.#writeObject(value);
        this.#byte(Tag.endJSSet);
        return this.#varint(values.length);
      }
      case 'ArrayBuffer': return this.#writeArrayBuffer(object);
      case 'TypedArray':
      case 'DataView':
        if (this.#viewsAreHostObjects) return this.#writeHostObject(object);
        this.#byte(Tag.arrayBufferView);
        this.#byte(viewSubtags[kind === 'DataView' ? 'DataView' : typedArrayName.call(object)]);
        this.#varint(object.byteOffset);
        this.#varint(object.byteLength);
        return this.#varint(0);
      case 'NumberObject':
        this.#byte(Tag.numberObject);
        return this.#double(Number.prototype.valueOf.call(object));
      case 'StringObject':
        this.#byte(Tag.stringObject);
        return this.#string(String.prototype.valueOf.call(object));
      case 'BooleanObject': return this.#byte(Boolean.prototype.valueOf.call(object) ? Tag.trueObject : Tag.falseObject);
      case 'BigIntObject':
        this.#byte(Tag.bigIntObject);
        return this.#bigInt(BigInt.prototype.valueOf.call(object));
      case 'Error': return this.#writeError(object);
      default:
        throw dataCloneError(this, `${describeUncloneable(object)} could not be cloned.`);
    }
  }

  #writeArrayBuffer(buffer) {
    if (this.#transferred.has(buffer)) {
      this.#byte(Tag.arrayBufferTransfer);
      return this.#varint(this.#transferred.get(buffer));
    }
    this.#byte(Tag.arrayBuffer);
    this.#varint(buffer.byteLength);
    this.#raw(new Uint8Array(buffer));
  }

  #writeHostObject(object) {
    this.#byte(Tag.hostObject);
    if (typeof this._writeHostObject !== 'function') {
      throw dataCloneError(this, `${describeUncloneable(object)} could not be cloned.`);
    }
    this._writeHostObject(object);
  }

  // Arrays without holes are dense (their elements, then other properties); others sparse (every
  // property as key and value).
  #writeArray(array) {
    const length = array.length;
    const keys = Object.keys(array);
    let dense = true;
    for (let index = 0; index < length && dense; index++) dense = Object.hasOwn(array, index);
    if (!dense) return this.#writeProperties(Tag.beginSparseJSArray, array, keys, Tag.endSparseJSArray, length);
    this.#byte(Tag.beginDenseJSArray);
    this.#varint(length);
    for (let index = 0; index < length; index++) this.#writeObject(array[index]);
    const named = keys.filter((key) => !isArrayIndex(key));
    const count = this.#writeKeyValues(array, named);
    this.#byte(Tag.endDenseJSArray);
    this.#varint(count);
    this.#varint(length);
  }

  #writeProperties(beginTag, object, keys, endTag, length) {
    this.#byte(beginTag);
    if (length !== undefined) this.#varint(length);
    const count = this.#writeKeyValues(object, keys);
    this.#byte(endTag);
    this.#varint(count);
    if (length !== undefined) this.#varint(length);
  }

  // Each key still present (index keys as numbers) and its value; how many were written.
  #writeKeyValues(object, keys) {
    let count = 0;
    for (const key of keys) {
      if (!Object.hasOwn(object, key)) continue;
      const value = object[key];
      this.#writeObject(isArrayIndex(key) ? Number(key) : key);
      this.#writeObject(value);
      count++;
    }
    return count;
  }

  #writeError(error) {
    this.#byte(Tag.error);
    const name = error.name;
    if (Object.hasOwn(ErrorTag, name) && name.endsWith('Error')) this.#byte(ErrorTag[name]);
    const message = Object.getOwnPropertyDescriptor(error, 'message');
    if (message && 'value' in message) {
      this.#byte(ErrorTag.message);
      this.#string(String(message.value));
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      this.#byte(ErrorTag.stack);
      this.#string(stack);
    }
    this.#byte(ErrorTag.end);
  }
}

class Deserializer {
  #bytes;
  #position = 0;
  #version = 0;
  #objects = [];
  #transferred = new Map();

  constructor(buffer) {
    if (!ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
    this.buffer = buffer;
    this.#bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  #failed() {
    return new Error('Unable to deserialize cloned data.');
  }

  #byte() {
    if (this.#position >= this.#bytes.length) throw this.#failed();
    return this.#bytes[this.#position++];
  }

  #peek() {
    return this.#bytes[this.#position];
  }

  #varint(big = false) {
    let result = big ? 0n : 0;
    let shift = 0;
    for (;;) {
      const group = this.#byte();
      if (big) result |= BigInt(group & 0x7F) << BigInt(shift);
      else result += (group & 0x7F) * 2 ** shift;
      shift += 7;
      if (!(group & 0x80)) return result;
    }
  }

  #raw(length) {
    if (this.#position + length > this.#bytes.length) throw this.#failed();
    const start = this.#position;
    this.#position += length;
    return start;
  }

  #double() {
    const start = this.#raw(8);
    return new DataView(this.#bytes.buffer, this.#bytes.byteOffset + start, 8).getFloat64(0, true);
  }

  readHeader() {
    if (this.#peek() === Tag.version) {
      this.#position++;
      this.#version = this.#varint();
    }
    if (this.#version < kOldestReadableVersion || this.#version > kLatestVersion) {
      throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
    }
    return true;
  }

  getWireFormatVersion() {
    return this.#version;
  }

  readValue() {
    return this.#readObject();
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!(arrayBuffer instanceof ArrayBuffer) && !(arrayBuffer instanceof SharedArrayBuffer)) {
      throw invalidArgType('arrayBuffer', 'an instance of ArrayBuffer or SharedArrayBuffer', arrayBuffer);
    }
    this.#transferred.set(id, arrayBuffer);
  }

  readUint32() {
    return this.#varint() >>> 0;
  }

  readUint64() {
    const value = this.#varint(true) & 0xFFFFFFFFFFFFFFFFn;
    return [Number(value >> 32n), Number(value & 0xFFFFFFFFn)];
  }

  readDouble() {
    return this.#double();
  }

  // The offset (in `buffer`) of the next `length` bytes, which are skipped.
  _readRawBytes(length) {
    return this.#raw(length);
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + offset, length);
  }

  #remember(object) {
    this.#objects.push(object);
    return object;
  }

  #readString(tag) {
    const length = this.#varint();
    const start = this.#raw(length);
    const bytes = Buffer.from(this.#bytes.buffer, this.#bytes.byteOffset + start, length);
    return bytes.toString(tag === Tag.oneByteString ? 'latin1' : tag === Tag.utf8String ? 'utf8' : 'utf16le');
  }

  #readBigInt() {
    const bitfield = this.#varint();
    const byteLength = Math.floor(bitfield / 2);
    const start = this.#raw(byteLength);
    let value = 0n;
    for (let index = byteLength - 1; index >= 0; index--) value = (value << 8n) | BigInt(this.#bytes[start + index]);
    return bitfield & 1 ? -value : value;
  }

  #readObject() {
    let tag = this.#byte();
    while (tag === Tag.padding || tag === Tag.verifyObjectCount) {
      if (tag === Tag.verifyObjectCount) this.#varint();
      tag = this.#byte();
    }
    switch (tag) {
      case Tag.undefined: return undefined;
      case Tag.null: return null;
      case Tag.true: return true;
      case Tag.false: return false;
      case Tag.int32: {
        const zigzag = this.#varint();
        return zigzag % 2 ? -(zigzag + 1) / 2 : zigzag / 2;
      }
      case Tag.uint32: return this.#varint();
      case Tag.double: return this.#double();
      case Tag.bigInt: return this.#readBigInt();
      case Tag.oneByteString:
      case Tag.twoByteString:
      case Tag.utf8String:
        return this.#readString(tag);
      case Tag.objectReference: {
        const id = this.#varint();
        if (id >= this.#objects.length) throw this.#failed();
        return this.#objects[id];
      }
      case Tag.beginJSObject: return this.#readProperties(this.#remember({}), Tag.endJSObject);
      case Tag.beginSparseJSArray: {
        const array = this.#remember(new Array(this.#varint()));
        this.#readProperties(array, Tag.endSparseJSArray);
        this.#varint();
        return array;
      }
      case Tag.beginDenseJSArray: {
        const length = this.#varint();
        const array = this.#remember(new Array(length));
        for (let index = 0; index < length; index++) {
          if (this.#peek() === Tag.theHole) this.#position++;
          else array[index] = this.#readObject();
        }
        this.#readProperties(array, Tag.endDenseJSArray);
        this.#varint();
        return array;
      }
      case Tag.date: return this.#remember(new Date(this.#double()));
      case Tag.trueObject: return this.#remember(Object(true));
      case Tag.falseObject: return this.#remember(Object(false));
      case Tag.numberObject: return this.#remember(Object(this.#double()));
      case Tag.bigIntObject: return this.#remember(Object(this.#readBigInt()));
      case Tag.stringObject: {
        const stringTag = this.#byte();
        return this.#remember(Object(this.#readString(stringTag)));
      }
      case Tag.regExp: {
        const source = this.#readString(this.#byte());
        const bits = this.#varint();
        const flags = [...regExpFlags].filter((flag) => bits & regExpFlagBits[flag]).join('');
        return this.#remember(new RegExp(source, flags));
      }
      case Tag.beginJSMap: {
        const map = this.#remember(new Map());
        while (this.#peek() !== Tag.endJSMap) map.set(this.#readObject(), this.#readObject());
        this.#position++;
        this.#varint();
        return map;
      }
      case Tag.beginJSSet: {
        const set = this.#remember(new Set());
        while (this.#peek() !== Tag.endJSSet) set.add(this.#readObject());
        this.#position++;
        this.#varint();
        return set;
      }
      case Tag.arrayBuffer: {
        const length = this.#varint();
        const start = this.#raw(length);
        const buffer = this.#remember(this.#bytes.buffer.slice(this.#bytes.byteOffset + start, this.#bytes.byteOffset + start + length));
        return this.#maybeView(buffer);
      }
      case Tag.arrayBufferTransfer: {
        const id = this.#varint();
        if (!this.#transferred.has(id)) throw this.#failed();
        return this.#maybeView(this.#remember(this.#transferred.get(id)));
      }
      case Tag.hostObject: {
        if (typeof this._readHostObject !== 'function') throw this.#failed();
        return this.#remember(this._readHostObject());
      }
      case Tag.error: return this.#readError();
      default:
        throw this.#failed();
    }
  }

  // An ArrayBuffer may be followed by a view of it.
  #maybeView(buffer) {
    if (this.#peek() !== Tag.arrayBufferView) return buffer;
    this.#position++;
    const View = viewsBySubtag.get(this.#byte());
    const byteOffset = this.#varint();
    const byteLength = this.#varint();
    if (this.#version >= 14) this.#varint();
    if (View === undefined) throw this.#failed();
    const elementSize = View.BYTES_PER_ELEMENT ?? 1;
    return this.#remember(View === DataView ? new DataView(buffer, byteOffset, byteLength)
      : new View(buffer, byteOffset, byteLength / elementSize));
  }

  // Key and value pairs until `endTag`, then the count.
  #readProperties(object, endTag) {
    while (this.#peek() !== endTag) {
      if (this.#position >= this.#bytes.length) throw this.#failed();
      const key = this.#readObject();
      object[key] = this.#readObject();
    }
    this.#position++;
    this.#varint();
    return object;
  }

  #readError() {
    let ErrorClass = Error;
    const properties = {};
    for (;;) {
      const tag = this.#byte();
      if (tag === ErrorTag.end) break;
      if (tag === ErrorTag.message) properties.message = this.#readString(this.#byte());
      else if (tag === ErrorTag.stack) properties.stack = this.#readString(this.#byte());
      else if (tag === ErrorTag.cause) properties.cause = this.#readObject();
      else {
        const name = Object.keys(ErrorTag).find((key) => ErrorTag[key] === tag && key.endsWith('Error'));
        if (name === undefined) throw this.#failed();
        ErrorClass = globalThis[name];
      }
    }
    const error = this.#remember(Object.create(ErrorClass.prototype));
    for (const [name, value] of Object.entries(properties)) {
      Object.defineProperty(error, name, { value, writable: true, configurable: true, enumerable: false });
    }
    return error;
  }
}

// The views Node writes as host objects, by their index in the format.
const hostViewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];

function hostViewIndex(view) {
  if (view instanceof DataView) return 9;
  if (Buffer.isBuffer(view)) return 10;
  return hostViewTypes.indexOf(globalThis[typedArrayName.call(view)]);
}

// DefaultSerializer: ArrayBufferViews as host objects (index, length, bytes), so a view
// carries only its own bytes.
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    if (!ArrayBuffer.isView(view)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `Unserializable host object: ${require('internal/util/inspect').inspect(view)}`);
    }
    this.writeUint32(hostViewIndex(view));
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

// DefaultDeserializer: reads the views DefaultSerializer writes, over the input's bytes when
// they are aligned, else over a copy.
class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const View = hostViewTypes[index];
    if (View === undefined) throw new Error('Unable to deserialize cloned data.');
    const elementSize = View.BYTES_PER_ELEMENT ?? 1;
    const start = this.buffer.byteOffset + offset;
    if (View === Buffer) return Buffer.from(this.buffer.buffer, start, byteLength);
    if (start % elementSize === 0) {
      return View === DataView ? new DataView(this.buffer.buffer, start, byteLength)
        : new View(this.buffer.buffer, start, byteLength / elementSize);
    }
    const copy = this.buffer.buffer.slice(start, start + byteLength);
    return View === DataView ? new DataView(copy) : new View(copy);
  }
}

module.exports = { Serializer, Deserializer, DefaultSerializer, DefaultDeserializer };
