'use strict';
// node:zlib: deflate, gzip, raw deflate and brotli as Transform streams (Deflate, Gzip...,
// BrotliCompress...), each driving one native stream, its `_handle` (internal/zlib/handle.js);
// the one-shot functions (gzip, gzipSync...) run a whole buffer through such a stream. Also
// crc32, constants and codes.
//
// A chunk is written to the handle in windows of the stream's output buffer (chunkSize bytes):
// each time the window fills, the output so far is pushed and the rest of the chunk goes on in a
// fresh window, until the handle leaves output space unused.

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const { codedError, internalAssertion, invalidArgType, outOfRange, validateFunction, validateNumber } = require('internal/errors');
const { Zlib: ZlibHandle, BrotliEncoder, BrotliDecoder, asBytes, initializationFailed } = require('internal/zlib/handle');
const constants = require('internal/zlib/constants');
const { isAnyArrayBuffer } = require('util').types;

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK, Z_DEFAULT_CHUNK,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

// The flush flag a zero-length chunk carries from flush() to _transform.
const kFlushFlag = Symbol('kFlushFlag');
// The error the handle reported, thrown by synchronous processing.
const kError = Symbol('kError');
// The chunk being written asynchronously: { chunk, callback, inOffset, availIn, availOut, flush }.
const kWrite = Symbol('kWrite');
// The rest of that write, waiting for the reader while the readable side is full.
const kResume = Symbol('kResume');
// The stream a handle belongs to.
const kOwner = Symbol('kOwner');

// How much each flush flag flushes (a brotli operation compared as the zlib flag of its number).
const flushStrength = [];
for (const [index, flag] of [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH].entries()) {
  flushStrength[flag] = index;
}
const strongerFlush = (a, b) => (flushStrength[a] > flushStrength[b] ? a : b);

// Whether `value` is a finite number to check, or absent (undefined or NaN) so that the default
// applies.
function isGivenNumber(value, name) {
  if (value === undefined || Number.isNaN(value)) return false;
  validateNumber(value, name);
  if (!Number.isFinite(value)) throw outOfRange(name, 'a finite number', value);
  return true;
}

// `value` when given (a number in [min, max]), else `fallback`.
function numberInRange(value, name, min, max, fallback) {
  if (!isGivenNumber(value, name)) return fallback;
  if (value < min || value > max) throw outOfRange(name, `>= ${min} and <= ${max}`, value);
  return value;
}

function bufferTooLarge(maxLength) {
  return codedError(RangeError, 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${maxLength} bytes`);
}

// The default flush flags of zlib and brotli streams: [each chunk, the last chunk, flush()].
const zlibFlushes = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH, max: Z_BLOCK };
const brotliFlushes = { flush: BROTLI_OPERATION_PROCESS, finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH, max: BROTLI_OPERATION_EMIT_METADATA };

// The handle's error: the stream is destroyed with it.
function onHandleError(message, errno, code) {
  const stream = this[kOwner];
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  stream.destroy(error);
  stream[kError] = error;
}

// ZlibBase: what zlib and brotli streams share, over a handle already initialised.
function ZlibBase(options, mode, handle, flushes) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let { flush, finishFlush } = flushes;
  if (options) {
    if (isGivenNumber(options.chunkSize, 'options.chunkSize')) {
      chunkSize = options.chunkSize;
      if (chunkSize < Z_MIN_CHUNK) throw outOfRange('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = numberInRange(options.flush, 'options.flush', flushes.flush, flushes.max, flush);
    finishFlush = numberInRange(options.finishFlush, 'options.finishFlush', flushes.flush, flushes.max, finishFlush);
    maxOutputLength = numberInRange(options.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, maxOutputLength);
  }
  Transform.call(this, { autoDestroy: true, ...options });
  this[kError] = null;
  this[kWrite] = null;
  this[kResume] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = onHandleError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = flushes.fullFlush;
  this._info = options?.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// DEP0108: bytesRead was the old name of bytesWritten.
let bytesReadWarned = false;
function warnBytesRead() {
  if (bytesReadWarned) return;
  bytesReadWarned = true;
  process.emitWarning('zlib.bytesRead is deprecated and will change its meaning in the future. Use zlib.bytesWritten instead.',
    'DeprecationWarning', 'DEP0108');
}
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get() {
    warnBytesRead();
    return this.bytesWritten;
  },
  set(value) {
    warnBytesRead();
    this.bytesWritten = value;
  },
});

function requireHandle(stream) {
  if (!stream._handle) {
    throw internalAssertion('zlib binding closed');
  }
  return stream._handle;
}

ZlibBase.prototype.reset = function reset() {
  return requireHandle(this).reset();
};

// Input ended: the last (empty) chunk carries the finishing flush.
ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// Flushing happens in _flush, at 'prefinish'.
ZlibBase.prototype._final = function _final(callback) {
  callback();
};

// flush([kind][, callback]): the output so far, flushed with `kind` (the full flush by default).
ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(Object.assign(Buffer.alloc(0), { [kFlushFlag]: kind }), '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(error, callback) {
  closeHandle(this);
  callback(error);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, callback) {
  let flush = typeof chunk[kFlushFlag] === 'number' ? chunk[kFlushFlag] : this._defaultFlushFlag;
  // The last chunk written also finishes.
  if (this.writableEnded && this.writableLength === chunk.byteLength) flush = strongerFlush(flush, this._finishFlushFlag);
  processChunk(this, chunk, flush, callback);
};

// The output of `chunk`: with a callback, pushed as it comes (asynchronously); without, returned
// (and the handle closed).
ZlibBase.prototype._processChunk = function _processChunk(chunk, flush, callback) {
  if (typeof callback === 'function') processChunk(this, chunk, flush, callback);
  else return processChunkSync(this, chunk, flush);
};

// The reader wants more: a write held back by a full readable side goes on.
ZlibBase.prototype._read = function _read(size) {
  const resume = this[kResume];
  this[kResume] = null;
  if (resume) resume();
  Transform.prototype._read.call(this, size);
};

function closeHandle(stream) {
  if (!stream._handle) return;
  stream._handle.close();
  stream._handle = null;
}

// The output window's bytes after a write that left `availOut` of it unused, and a fresh window
// when it is full.
function takeOutput(stream, availOutBefore, availOut) {
  const produced = availOutBefore - availOut;
  const output = produced > 0 ? stream._outBuffer.slice(stream._outOffset, stream._outOffset + produced) : null;
  stream._outOffset += produced;
  if (availOut === 0 || stream._outOffset >= stream._chunkSize) {
    stream._outBuffer = Buffer.allocUnsafe(stream._chunkSize);
    stream._outOffset = 0;
  }
  return output;
}

function processChunkSync(stream, chunk, flush) {
  const handle = stream._handle;
  const state = stream._writeState;
  let error = null;
  stream.on('error', (reported) => { error = reported; });
  const outputs = [];
  let outputLength = 0;
  let inOffset = 0;
  let availIn = chunk.byteLength;
  let availOut;
  do {
    const availOutBefore = stream._chunkSize - stream._outOffset;
    handle.writeSync(flush, chunk, inOffset, availIn, stream._outBuffer, stream._outOffset, availOutBefore);
    if (error || stream[kError]) throw error ?? stream[kError];
    availOut = state[0];
    inOffset += availIn - state[1];
    availIn = state[1];
    const output = takeOutput(stream, availOutBefore, availOut);
    if (output) {
      outputs.push(output);
      outputLength += output.byteLength;
      if (outputLength > stream._maxOutputLength) {
        closeHandle(stream);
        throw bufferTooLarge(stream._maxOutputLength);
      }
    }
  } while (availOut === 0);
  stream.bytesWritten = inOffset;
  closeHandle(stream);
  if (outputLength === 0) return Buffer.alloc(0);
  return outputs.length === 1 ? outputs[0] : Buffer.concat(outputs, outputLength);
}

function processChunk(stream, chunk, flush, callback) {
  const handle = stream._handle;
  if (!handle) {
    process.nextTick(callback);
    return;
  }
  stream[kWrite] = { chunk, callback, flush, inOffset: 0, availIn: chunk.byteLength, availOut: 0 };
  writeNext(stream);
}

// Writes the rest of the current chunk into the output window.
function writeNext(stream) {
  const write = stream[kWrite];
  write.availOut = stream._chunkSize - stream._outOffset;
  stream._handle.write(write.flush, write.chunk, write.inOffset, write.availIn, stream._outBuffer, stream._outOffset,
    write.availOut);
}

// A handle's write ended (this = the handle).
function afterWrite() {
  const stream = this[kOwner];
  const write = stream[kWrite];
  if (stream.destroyed) {
    stream[kWrite] = null;
    write.callback();
    return;
  }
  const [availOut, availIn] = stream._writeState;
  const consumed = write.availIn - availIn;
  stream.bytesWritten += consumed;
  const output = takeOutput(stream, write.availOut, availOut);
  const readerFull = output !== null && !stream.push(output);
  if (availOut === 0) {
    // The window filled: there may be more output, wait for the reader if it has enough.
    write.inOffset += consumed;
    write.availIn = availIn;
    if (readerFull) stream[kResume] = () => writeNext(stream);
    else writeNext(stream);
    return;
  }
  // Input left over with output space unused: the compressed data ended before the input did.
  if (availIn > 0) stream.push(null);
  stream[kWrite] = null;
  write.callback();
}

// Zlib: the deflate and inflate streams (every mode but brotli's).
function Zlib(options, mode) {
  let windowBits = constants.Z_DEFAULT_WINDOWBITS;
  let level = constants.Z_DEFAULT_COMPRESSION;
  let memLevel = constants.Z_DEFAULT_MEMLEVEL;
  let strategy = constants.Z_DEFAULT_STRATEGY;
  let dictionary;
  if (options) {
    // A decompressor with windowBits 0 (or none) takes the window size from the stream's header.
    if ((options.windowBits == null || options.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // gzip needs at least 9 bits.
      const min = constants.Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = numberInRange(options.windowBits, 'options.windowBits', min, constants.Z_MAX_WINDOWBITS, windowBits);
    }
    level = numberInRange(options.level, 'options.level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, level);
    memLevel = numberInRange(options.memLevel, 'options.memLevel', constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, memLevel);
    strategy = numberInRange(options.strategy, 'options.strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, strategy);
    dictionary = options.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (!isAnyArrayBuffer(dictionary)) {
        throw invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dictionary);
      }
      dictionary = Buffer.from(dictionary);
    }
  }
  const handle = new ZlibHandle(mode);
  this._writeState = new Uint32Array(2);
  handle.init(windowBits, level, memLevel, strategy, this._writeState, afterWrite, dictionary && asBytes(dictionary));
  ZlibBase.call(this, options, mode, handle, zlibFlushes);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params(level, strategy, callback): deflate's level and strategy, changed after flushing what
// was written with the old ones.
Zlib.prototype.params = function params(level, strategy, callback) {
  numberInRange(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
  numberInRange(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED);
  if (this._level === level && this._strategy === strategy) {
    process.nextTick(callback);
    return;
  }
  this.flush(Z_SYNC_FLUSH, () => {
    requireHandle(this).params(level, strategy);
    if (this.destroyed) return;
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  });
};

// Brotli: brotli's encoder or decoder; options.params maps BROTLI_PARAM_* numbers to values.
const kMaxBrotliParam = constants.BROTLI_PARAM_NDIRECT;
function Brotli(options, mode) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(-1);
  const given = new Set();
  for (const key of Object.keys(options?.params ?? {})) {
    const index = Number(key);
    if (Number.isNaN(index) || index < 0 || index > kMaxBrotliParam || given.has(index)) {
      throw codedError(RangeError, 'ERR_BROTLI_INVALID_PARAM', `${key} is not a valid Brotli parameter`);
    }
    const value = options.params[key];
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw invalidArgType('options.params[key]', 'of type number', value);
    }
    given.add(index);
    params[index] = value;
  }
  const handle = mode === BROTLI_DECODE ? new BrotliDecoder(mode) : new BrotliEncoder(mode);
  this._writeState = new Uint32Array(2);
  if (!handle.init(params, this._writeState, afterWrite)) throw initializationFailed();
  ZlibBase.call(this, options, mode, handle, brotliFlushes);
}
// As in Node, brotli streams inherit Zlib's params() (which changes nothing for them).
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

// The public classes: constructors that also work without `new`.
function streamClass(name, Base, mode) {
  const Class = {
    [name]: function (options) {
      if (!(this instanceof Class)) return new Class(options);
      Base.call(this, options, mode);
    },
  }[name];
  Object.setPrototypeOf(Class.prototype, Base.prototype);
  Object.setPrototypeOf(Class, Base);
  return Class;
}

const classes = {
  Deflate: streamClass('Deflate', Zlib, DEFLATE),
  Inflate: streamClass('Inflate', Zlib, INFLATE),
  Gzip: streamClass('Gzip', Zlib, GZIP),
  Gunzip: streamClass('Gunzip', Zlib, GUNZIP),
  DeflateRaw: streamClass('DeflateRaw', Zlib, DEFLATERAW),
  InflateRaw: streamClass('InflateRaw', Zlib, INFLATERAW),
  Unzip: streamClass('Unzip', Zlib, UNZIP),
  BrotliCompress: streamClass('BrotliCompress', Brotli, BROTLI_ENCODE),
  BrotliDecompress: streamClass('BrotliDecompress', Brotli, BROTLI_DECODE),
};

// The input of a one-shot function as bytes.
function inputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
}

function processSync(engine, buffer) {
  const output = processChunkSync(engine, inputBuffer(buffer), engine._finishFlushFlag);
  return engine._info ? { buffer: output, engine } : output;
}

// The one-shot callback form: the buffer goes through the stream, its output collected.
function processAsync(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  if (ArrayBuffer.isView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  const outputs = [];
  let outputLength = 0;
  const onEnd = () => {
    const output = outputLength === 0 ? Buffer.alloc(0)
      : outputs.length === 1 ? outputs[0] : Buffer.concat(outputs, outputLength);
    engine.close();
    callback(null, engine._info ? { buffer: output, engine } : output);
  };
  engine.on('data', (chunk) => {
    outputs.push(chunk);
    outputLength += chunk.length;
    if (outputLength > engine._maxOutputLength) {
      engine.close();
      engine.removeListener('end', onEnd);
      callback(bufferTooLarge(engine._maxOutputLength));
    }
  });
  engine.on('error', (error) => {
    engine.removeListener('end', onEnd);
    callback(error);
  });
  engine.on('end', onEnd);
  engine.end(buffer);
}

const oneShot = {};
const factories = {};
for (const [name, Class] of Object.entries(classes)) {
  const verb = name[0].toLowerCase() + name.slice(1);
  oneShot[verb] = {
    [verb](buffer, options, callback) {
      if (typeof options === 'function') [options, callback] = [{}, options];
      return processAsync(new Class(options), buffer, callback);
    },
  }[verb];
  oneShot[`${verb}Sync`] = { [`${verb}Sync`]: (buffer, options) => processSync(new Class(options), buffer) }[`${verb}Sync`];
  factories[`create${name}`] = { [`create${name}`]: (options) => new Class(options) }[`create${name}`];
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  validateNumber(value, 'value');
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 32 - 1) throw outOfRange('value', `>= 0 && <= ${2 ** 32 - 1}`, value);
  const bytes = typeof data === 'string' ? Buffer.from(data) : asBytes(data);
  return internalBinding('zlib').crc32(bytes, value);
}

module.exports = {
  crc32,
  ...classes,
  deflate: oneShot.deflate, deflateSync: oneShot.deflateSync,
  gzip: oneShot.gzip, gzipSync: oneShot.gzipSync,
  deflateRaw: oneShot.deflateRaw, deflateRawSync: oneShot.deflateRawSync,
  unzip: oneShot.unzip, unzipSync: oneShot.unzipSync,
  inflate: oneShot.inflate, inflateSync: oneShot.inflateSync,
  gunzip: oneShot.gunzip, gunzipSync: oneShot.gunzipSync,
  inflateRaw: oneShot.inflateRaw, inflateRawSync: oneShot.inflateRawSync,
  brotliCompress: oneShot.brotliCompress, brotliCompressSync: oneShot.brotliCompressSync,
  brotliDecompress: oneShot.brotliDecompress, brotliDecompressSync: oneShot.brotliDecompressSync,
  createDeflate: factories.createDeflate, createInflate: factories.createInflate,
  createDeflateRaw: factories.createDeflateRaw, createInflateRaw: factories.createInflateRaw,
  createGzip: factories.createGzip, createGunzip: factories.createGunzip,
  createUnzip: factories.createUnzip,
  createBrotliCompress: factories.createBrotliCompress, createBrotliDecompress: factories.createBrotliDecompress,
  constants,
  codes,
};
