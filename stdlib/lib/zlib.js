'use strict';
// node:zlib: deflate, gzip, raw deflate and brotli over whole buffers (the *Sync functions and
// their callback forms), crc32, constants and codes. The stream classes (createGzip...) need
// node:stream and throw ERR_NOT_IMPLEMENTED.

const binding = internalBinding('zlib');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, outOfRange, validateFunction, validateNumber } = require('internal/errors');
const constants = require('internal/zlib/constants');

const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
  'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

function inputBytes(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', buffer);
}

// options[name] when given (a number in [min, max]), else `fallback`.
function numberOption(options, name, min, max, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  validateNumber(value, `options.${name}`);
  if (!(value >= min && value <= max)) {
    throw outOfRange(`options.${name}`, max === Infinity ? `>= ${min}` : `>= ${min} and <= ${max}`, value);
  }
  return value;
}

function dictionaryOption(options) {
  const { dictionary } = options;
  if (dictionary === undefined) return undefined;
  if (ArrayBuffer.isView(dictionary)) return new Uint8Array(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength);
  if (dictionary instanceof ArrayBuffer) return new Uint8Array(dictionary);
  throw invalidArgType('options.dictionary', 'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', dictionary);
}

function validateOptions(options) {
  // Node ignores options that are not objects.
  if (options === null || typeof options !== 'object') return {};
  if (options.info) throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'zlib option info is not implemented in Sable');
  numberOption(options, 'chunkSize', constants.Z_MIN_CHUNK, Infinity, constants.Z_DEFAULT_CHUNK);
  return options;
}

// The output as a Buffer, at most options.maxOutputLength bytes.
function finish(result, options) {
  if (Array.isArray(result)) throw processingError(...result);
  const maxOutputLength = numberOption(options, 'maxOutputLength', 1, 2 ** 32, 2 ** 32);
  if (result.byteLength > maxOutputLength) {
    throw codedError(RangeError, 'ERR_BUFFER_TOO_LARGE', `Cannot create a Buffer larger than ${maxOutputLength} bytes`);
  }
  return Buffer.from(result);
}

// A brotli decoder error's code: ERR_ and its constant's name after BROTLI_DECODER.
function brotliErrorCode(errno) {
  const name = Object.keys(constants).find((key) => key.startsWith('BROTLI_DECODER_ERROR') && constants[key] === errno);
  return `ERR_${name?.slice('BROTLI_DECODER'.length) ?? '_ERROR_UNKNOWN'}`;
}

function processingError(errno, message, brotliError) {
  const error = new Error(message);
  error.errno = errno;
  error.code = brotliError ? brotliErrorCode(errno) : codes[errno] ?? 'Z_UNKNOWN_ERROR';
  return error;
}

function zlibProcess(mode, buffer, options) {
  const input = inputBytes(buffer);
  options = validateOptions(options);
  const decompress = mode === constants.INFLATE || mode === constants.GUNZIP || mode === constants.INFLATERAW ||
    mode === constants.UNZIP;
  const minWindowBits = mode === constants.GZIP ? 9 : constants.Z_MIN_WINDOWBITS;
  let windowBits = numberOption(options, 'windowBits', decompress ? 0 : minWindowBits, constants.Z_MAX_WINDOWBITS,
    constants.Z_DEFAULT_WINDOWBITS);
  if (windowBits !== 0 && windowBits < minWindowBits) {
    throw outOfRange('options.windowBits', `>= ${minWindowBits} and <= ${constants.Z_MAX_WINDOWBITS}`, windowBits);
  }
  const level = numberOption(options, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL, constants.Z_DEFAULT_LEVEL);
  const memLevel = numberOption(options, 'memLevel', constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
  const strategy = numberOption(options, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
  const dictionary = dictionaryOption(options);
  return finish(binding.zlibProcess(input, mode, level, windowBits, memLevel, strategy, dictionary), options);
}

// Brotli's parameters: options.params maps BROTLI_PARAM_* numbers to values.
function brotliParams(options) {
  const params = { quality: constants.BROTLI_DEFAULT_QUALITY, lgwin: constants.BROTLI_DEFAULT_WINDOW,
    mode: constants.BROTLI_DEFAULT_MODE, sizeHint: 0 };
  const names = { [constants.BROTLI_PARAM_QUALITY]: 'quality', [constants.BROTLI_PARAM_LGWIN]: 'lgwin',
    [constants.BROTLI_PARAM_MODE]: 'mode', [constants.BROTLI_PARAM_SIZE_HINT]: 'sizeHint' };
  for (const key of Object.keys(options.params ?? {})) {
    const value = options.params[key];
    if (!(Number(key) >= 0 && Number(key) <= constants.BROTLI_PARAM_NDIRECT)) {
      throw codedError(RangeError, 'ERR_BROTLI_INVALID_PARAM', `${key} is not a valid Brotli parameter`);
    }
    if (typeof value !== 'number' && typeof value !== 'boolean') {
      throw invalidArgType('options.params[key]', 'of type number', value);
    }
    if (names[key] === undefined) {
      throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `Brotli parameter ${key} is not implemented in Sable`);
    }
    params[names[key]] = Number(value);
  }
  return params;
}

function brotliProcess(encode, buffer, options) {
  const input = inputBytes(buffer);
  options = validateOptions(options);
  const { quality, lgwin, mode, sizeHint } = brotliParams(options);
  return finish(binding.brotliProcess(input, encode, quality, lgwin, mode, sizeHint), options);
}

// The callback form of a sync function: the result arrives from the check phase, where Node's
// thread pool results would arrive by.
function withCallback(processSync) {
  return function (buffer, options, callback) {
    if (typeof options === 'function') [options, callback] = [{}, options];
    validateFunction(callback, 'callback');
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer) && !(buffer instanceof ArrayBuffer)) {
      throw invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    let result;
    try {
      result = processSync(buffer, options);
    } catch (error) {
      if (error.code === 'ERR_INVALID_ARG_TYPE' || error.code === 'ERR_OUT_OF_RANGE') throw error;
      setImmediate(callback, error);
      return;
    }
    setImmediate(callback, null, result);
  };
}

const deflateSync = (buffer, options) => zlibProcess(constants.DEFLATE, buffer, options);
const inflateSync = (buffer, options) => zlibProcess(constants.INFLATE, buffer, options);
const gzipSync = (buffer, options) => zlibProcess(constants.GZIP, buffer, options);
const gunzipSync = (buffer, options) => zlibProcess(constants.GUNZIP, buffer, options);
const deflateRawSync = (buffer, options) => zlibProcess(constants.DEFLATERAW, buffer, options);
const inflateRawSync = (buffer, options) => zlibProcess(constants.INFLATERAW, buffer, options);
const unzipSync = (buffer, options) => zlibProcess(constants.UNZIP, buffer, options);
const brotliCompressSync = (buffer, options) => brotliProcess(true, buffer, options);
const brotliDecompressSync = (buffer, options) => brotliProcess(false, buffer, options);

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  validateNumber(value, 'value');
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 32 - 1) throw outOfRange('value', `>= 0 && <= ${2 ** 32 - 1}`, value);
  return binding.crc32(inputBytes(data), value);
}

const streams = {};
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress']) {
  const fail = () => { throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `zlib.${name} streams are not implemented in Sable`); };
  streams[name] = { [name]: function () { fail(); } }[name];
  streams[`create${name}`] = { [`create${name}`]: fail }[`create${name}`];
}

module.exports = {
  crc32,
  ...streams,
  deflate: withCallback(deflateSync), deflateSync,
  gzip: withCallback(gzipSync), gzipSync,
  deflateRaw: withCallback(deflateRawSync), deflateRawSync,
  unzip: withCallback(unzipSync), unzipSync,
  inflate: withCallback(inflateSync), inflateSync,
  gunzip: withCallback(gunzipSync), gunzipSync,
  inflateRaw: withCallback(inflateRawSync), inflateRawSync,
  brotliCompress: withCallback(brotliCompressSync), brotliCompressSync,
  brotliDecompress: withCallback(brotliDecompressSync), brotliDecompressSync,
  constants,
  codes,
};
