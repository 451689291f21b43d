'use strict';
// What the fs API forms share: system errors built from libuv error numbers (made by
// internal/errors), Stats and Dirent, open flags, and argument checks.

const binding = internalBinding('fs');
const { invalidArgType, invalidArgValue, uvException, errnoException } = require('internal/errors');
const { Buffer } = require('buffer');

const { constants } = binding;

function isFailure(result) {
  return typeof result === 'number' && result < 0;
}

const kType = Symbol('type');

// The type tests of Stats and Dirent, on a mode (Stats) or a UV_DIRENT_* type (Dirent).
class StatsBase {
  isDirectory() { return this._isType(constants.S_IFDIR, constants.UV_DIRENT_DIR); }
  isFile() { return this._isType(constants.S_IFREG, constants.UV_DIRENT_FILE); }
  isBlockDevice() { return this._isType(constants.S_IFBLK, constants.UV_DIRENT_BLOCK); }
  isCharacterDevice() { return this._isType(constants.S_IFCHR, constants.UV_DIRENT_CHAR); }
  isSymbolicLink() { return this._isType(constants.S_IFLNK, constants.UV_DIRENT_LINK); }
  isFIFO() { return this._isType(constants.S_IFIFO, constants.UV_DIRENT_FIFO); }
  isSocket() { return this._isType(constants.S_IFSOCK, constants.UV_DIRENT_SOCKET); }
}

const kStatNames = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
const kTimeNames = ['atime', 'mtime', 'ctime', 'birthtime'];

class Stats extends StatsBase {
  _isType(mode) {
    const bits = typeof this.mode === 'bigint' ? Number(this.mode) : this.mode;
    return (bits & constants.S_IFMT) === mode;
  }
}

class BigIntStats extends Stats {}

// A Stats (or BigIntStats) from the binding's fields: ten numbers, then seconds and nanoseconds
// of each time.
function makeStats(fields, bigint) {
  const stats = bigint ? new BigIntStats() : new Stats();
  kStatNames.forEach((name, index) => { stats[name] = bigint ? BigInt(fields[index]) : fields[index]; });
  kTimeNames.forEach((name, index) => {
    const seconds = fields[10 + 2 * index];
    const nanoseconds = fields[11 + 2 * index];
    stats[name + 'Ms'] = bigint ? BigInt(seconds) * 1000n + BigInt(Math.floor(nanoseconds / 1e6))
      : seconds * 1e3 + nanoseconds / 1e6;
  });
  if (bigint) {
    kTimeNames.forEach((name, index) => {
      stats[name + 'Ns'] = BigInt(fields[10 + 2 * index]) * 1000000000n + BigInt(fields[11 + 2 * index]);
    });
  }
  // Node rounds the milliseconds to the nearest integer for the Date fields.
  for (const name of kTimeNames) stats[name] = new Date(Math.round(Number(stats[name + 'Ms'])));
  return stats;
}

// fs.statfs's result.
class StatFs {}

class Dirent extends StatsBase {
  constructor(name, type, parentPath) {
    super();
    this.name = name;
    this.parentPath = parentPath;
    this.path = parentPath;
    this[kType] = type;
  }
  _isType(mode, direntType) { return this[kType] === direntType; }
}

// The open flags of a flags string ('r', 'w+', 'ax'...) or number.
const kFlags = {
  r: constants.O_RDONLY,
  rs: constants.O_RDONLY | constants.O_SYNC,
  sr: constants.O_RDONLY | constants.O_SYNC,
  'r+': constants.O_RDWR,
  'rs+': constants.O_RDWR | constants.O_SYNC,
  'sr+': constants.O_RDWR | constants.O_SYNC,
  w: constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY,
  wx: constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL,
  xw: constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL,
  'w+': constants.O_TRUNC | constants.O_CREAT | constants.O_RDWR,
  'wx+': constants.O_TRUNC | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL,
  'xw+': constants.O_TRUNC | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL,
  a: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY,
  ax: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL,
  xa: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL,
  as: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_SYNC,
  sa: constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_SYNC,
  'a+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR,
  'ax+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL,
  'xa+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL,
  'as+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_SYNC,
  'sa+': constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (flags === undefined || flags === null) return constants.O_RDONLY;
  if (typeof flags === 'number') return flags;
  if (typeof flags === 'string' && Object.hasOwn(kFlags, flags)) return kFlags[flags];
  throw invalidArgValue(name, flags);
}

// A path argument: a string, a URL (file:) or a Uint8Array of UTF-8.
function getValidatedPath(path, name = 'path') {
  if (typeof path === 'string') return checkNulBytes(path, name);
  if (path instanceof Uint8Array) return checkNulBytes(Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString(), name);
  if (path != null && typeof path === 'object' && path.href !== undefined && path.protocol !== undefined) {
    if (path.protocol !== 'file:') {
      const error = new TypeError('The URL must be of scheme file');
      error.code = 'ERR_INVALID_URL_SCHEME';
      throw error;
    }
    return checkNulBytes(decodeURIComponent(path.pathname), name);
  }
  throw invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
}

function checkNulBytes(path, name) {
  if (path.includes('\u0000')) {
    throw invalidArgValue(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value) || value < min || value > max) {
    const error = new RangeError(`The value of "${name}" is out of range. It must be ${Number.isInteger(value) ? `>= ${min} && <= ${max}` : 'an integer'}. Received ${value}`);
    error.code = 'ERR_OUT_OF_RANGE';
    throw error;
  }
  return value;
}

function getValidatedFd(fd) {
  return validateInteger(fd, 'fd', 0, 2147483647);
}

// The mode of access and copyFile: an integer from 0 to 7 (Node words these errors its own way).
function getValidMode(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (!Number.isInteger(mode)) {
    const error = new TypeError('mode must be int32 or null/undefined');
    error.code = 'ERR_INVALID_ARG_TYPE';
    throw error;
  }
  if (mode < 0 || mode > 7) {
    const error = new RangeError('mode is out of range: >= 0 && <= 7');
    error.code = 'ERR_OUT_OF_RANGE';
    throw error;
  }
  return mode;
}

// A mode: a number, or an octal string ('755').
function parseMode(mode, name, fallback) {
  if ((mode === undefined || mode === null) && fallback !== undefined) return fallback;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      const error = new TypeError(`The argument '${name}' must be a 32-bit unsigned integer or an octal string. Received '${mode}'`);
      error.code = 'ERR_INVALID_ARG_VALUE';
      throw error;
    }
    return parseInt(mode, 8);
  }
  return validateInteger(mode, name, 0, 4294967295);
}

// Options given as an object or as an encoding string.
function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw invalidArgType('options', 'one of type string or object', options);
  return { ...defaults, ...options };
}

// Times given as seconds (a negative number means now), Dates or numeric strings.
function toUnixTimestamp(time) {
  // eslint-disable-next-line eqeqeq -- a string that reads as its own number ('1e3', ' 2').
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw invalidArgType('time', 'an instance of Date or an Time in seconds', time);
}

function notImplemented(name) {
  const error = new Error(`${name} is not implemented in Sable yet`);
  error.code = 'ERR_NOT_IMPLEMENTED';
  return error;
}

module.exports = {
  binding, constants, uvException, errnoException, isFailure, Stats, BigIntStats, makeStats, StatFs, Dirent, stringToFlags,
  getValidatedPath, getValidatedFd, validateInteger, getValidMode, parseMode, getOptions, toUnixTimestamp, notImplemented,
};
