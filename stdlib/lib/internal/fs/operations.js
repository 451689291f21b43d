'use strict';
// Every fs operation once, as a generator that yields binding calls ({ call, args, syscall,
// path, dest }) and receives their results; internal/fs/drivers runs them synchronously, with a
// callback, or as a promise. A failed call is thrown into the generator as Node's error, so
// `finally` closes what an operation opened.

const {
  binding, constants, makeStats, Dirent, StatFs, stringToFlags, getValidatedPath, getValidatedFd, validateInteger,
  getValidMode, parseMode, getOptions, toUnixTimestamp,
} = require('internal/fs/utils');
const { abortError, invalidArgType, invalidArgValue, outOfRange } = require('internal/errors');
const { Buffer } = require('buffer');
const pathModule = require('path');
const validateAbortSignal = require('internal/streams/validate-abort-signal');

const kReadChunk = 64 * 1024;

function request(call, args, syscall, path, dest) {
  return { call, args, syscall, path, dest };
}

// Bytes as the caller asked: a Buffer, or its text in `encoding`.
function encodeOutput(bytes, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') return bytes;
  return bytes.toString(encoding);
}

// A name or path in the `encoding` option's form ('buffer': a Buffer of its UTF-8).
function encodeName(name, encoding) {
  return encoding === 'buffer' ? Buffer.from(name) : name;
}

// Data to write as bytes: strings in `encoding` (UTF-8 by default), views as their bytes.
function toBytes(data, encoding) {
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data !== 'string') throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  return Buffer.from(data, encoding ?? 'utf8');
}

function validateEncoding(encoding) {
  if (encoding !== undefined && encoding !== null && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw invalidArgValue('encoding', encoding, 'is invalid encoding');
  }
  return encoding;
}

function* open(path, flags, mode) {
  path = getValidatedPath(path);
  return yield request('open', [path, stringToFlags(flags), parseMode(mode, 'mode', 0o666)], 'open', path);
}

function* close(fd) {
  yield request('close', [getValidatedFd(fd)], 'close');
}

// read(fd, buffer, offset, length, position) or read(fd, buffer, { offset, length, position })
// → bytes read.
function* read(fd, buffer, offset = 0, length, position) {
  getValidatedFd(fd);
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length, position } = offset);
  if (!ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  validateInteger(offset, 'offset', 0);
  if (length === undefined) length = bytes.byteLength - offset;
  validateInteger(length, 'length', 0);
  if (offset + length > bytes.byteLength) throw outOfRange('length', `<= ${bytes.byteLength - offset}`, length);
  const at = position === null || position === undefined || position === -1 ? -1 : Number(position);
  return yield request('read', [fd, bytes, offset, length, at], 'read');
}

// write(fd, buffer, offset, length, position) or write(fd, string, position, encoding) → bytes
// written.
function* write(fd, data, offset, length, position) {
  getValidatedFd(fd);
  if (typeof data === 'string') {
    const bytes = toBytes(data, validateEncoding(length) ?? 'utf8');
    const at = typeof offset === 'number' ? offset : -1;
    return yield request('write', [fd, bytes, 0, bytes.byteLength, at], 'write');
  }
  if (!ArrayBuffer.isView(data)) throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  const bytes = toBytes(data);
  offset = offset ?? 0;
  validateInteger(offset, 'offset', 0);
  if (offset > bytes.byteLength) throw outOfRange('offset', `<= ${bytes.byteLength}`, offset);
  if (length === undefined || length === null) length = bytes.byteLength - offset;
  validateInteger(length, 'length', 0);
  if (length > bytes.byteLength - offset) throw outOfRange('length', `<= ${bytes.byteLength - offset}`, length);
  const at = typeof position === 'number' ? position : -1;
  return yield request('write', [fd, bytes, offset, length, at], 'write');
}

function* stat(path, options) {
  path = getValidatedPath(path);
  return makeStats(yield request('stat', [path], 'stat', path), options?.bigint);
}

function* lstat(path, options) {
  path = getValidatedPath(path);
  return makeStats(yield request('lstat', [path], 'lstat', path), options?.bigint);
}

function* fstat(fd, options) {
  return makeStats(yield request('fstat', [getValidatedFd(fd)], 'fstat'), options?.bigint);
}

function validateBufferList(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((buffer) => ArrayBuffer.isView(buffer))) {
    throw invalidArgType('buffers', 'an ArrayBufferView[]', buffers);
  }
}

// readv: fills the buffers in order from `position` (or the file position); stops at the end
// of the file. The bytes read.
function* readv(fd, buffers, position) {
  getValidatedFd(fd);
  validateBufferList(buffers);
  let total = 0;
  for (const buffer of buffers) {
    const at = typeof position === 'number' ? position + total : null;
    const count = yield* read(fd, buffer, 0, buffer.byteLength, at);
    total += count;
    if (count < buffer.byteLength) break;
  }
  return total;
}

// writev: writes the buffers in order from `position` (or the file position). The bytes
// written.
function* writev(fd, buffers, position) {
  getValidatedFd(fd);
  validateBufferList(buffers);
  let total = 0;
  for (const buffer of buffers) {
    let written = 0;
    while (written < buffer.byteLength) {
      const at = typeof position === 'number' ? position + total : null;
      const count = yield* write(fd, buffer, written, buffer.byteLength - written, at);
      written += count;
      total += count;
    }
  }
  return total;
}

const kStatFsNames = ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree'];

// statfs: the file system's numbers (BigInts with `bigint`), as a StatFs.
function* statfs(path, options) {
  path = getValidatedPath(path);
  const fields = yield request('statfs', [path], 'statfs', path);
  const result = new StatFs();
  kStatFsNames.forEach((name, index) => { result[name] = options?.bigint ? BigInt(fields[index]) : fields[index]; });
  return result;
}

function* access(path, mode) {
  path = getValidatedPath(path);
  yield request('access', [path, getValidMode(mode, constants.F_OK)], 'access', path);
}

// exists: never fails.
function* exists(path) {
  try {
    yield* access(path);
    return true;
  } catch {
    return false;
  }
}

function* readdir(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, {});
  if (options.recursive) return yield* readdirRecursive(path, options);
  const entries = yield request('scandir', [path], 'scandir', path);
  const result = [];
  for (let index = 0; index < entries.length; index += 2)
    result.push(options.withFileTypes ? new Dirent(entries[index], entries[index + 1], path) : encodeName(entries[index], options.encoding));
  return result;
}

// Every entry under `path`, breadth first, names relative to `path`.
function* readdirRecursive(path, options) {
  const result = [];
  const queue = [''];
  while (queue.length > 0) {
    const relative = queue.shift();
    const directory = relative === '' ? path : pathModule.join(path, relative);
    const entries = yield request('scandir', [directory], 'scandir', directory);
    for (let index = 0; index < entries.length; index += 2) {
      const name = entries[index];
      let type = entries[index + 1];
      const entryPath = relative === '' ? name : pathModule.join(relative, name);
      if (type === constants.UV_DIRENT_UNKNOWN) type = direntType(yield* lstat(pathModule.join(path, entryPath)));
      if (type === constants.UV_DIRENT_DIR) queue.push(entryPath);
      result.push(options.withFileTypes ? new Dirent(name, type, directory) : entryPath);
    }
  }
  return result;
}

function direntType(stats) {
  if (stats.isDirectory()) return constants.UV_DIRENT_DIR;
  if (stats.isSymbolicLink()) return constants.UV_DIRENT_LINK;
  if (stats.isFile()) return constants.UV_DIRENT_FILE;
  return constants.UV_DIRENT_UNKNOWN;
}

// mkdir: with `recursive`, makes the missing parents and gives the first directory made.
function* mkdir(path, options) {
  path = getValidatedPath(path);
  const { recursive = false, mode } = typeof options === 'object' && options !== null ? options : { mode: options };
  if (typeof recursive !== 'boolean') throw invalidArgType('options.recursive', 'of type boolean', recursive);
  const bits = parseMode(mode, 'mode', 0o777);
  if (!recursive) {
    yield request('mkdir', [path, bits], 'mkdir', path);
    return undefined;
  }
  return yield* mkdirRecursive(pathModule.resolve(path), bits);
}

function* mkdirRecursive(path, bits) {
  try {
    yield request('mkdir', [path, bits], 'mkdir', path);
    return path;
  } catch (error) {
    if (error.code === 'EEXIST') {
      if ((yield* stat(path)).isDirectory()) return undefined;
      throw error;
    }
    if (error.code !== 'ENOENT' || pathModule.dirname(path) === path) throw error;
  }
  const first = yield* mkdirRecursive(pathModule.dirname(path), bits);
  yield request('mkdir', [path, bits], 'mkdir', path);
  return first ?? path;
}

function* mkdtemp(prefix, options) {
  prefix = getValidatedPath(prefix, 'prefix');
  const { encoding } = getOptions(options, {});
  return encodeName(yield request('mkdtemp', [prefix + 'XXXXXX'], 'mkdtemp', prefix + 'XXXXXX'), validateEncoding(encoding));
}

function* rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) return yield* removeTree(path);
  yield request('rmdir', [path], 'rmdir', path);
}

// rm: files, and directories with `recursive`; `force` ignores a missing path.
function* rm(path, options) {
  path = getValidatedPath(path);
  const { recursive = false, force = false } = getOptions(options, {});
  for (const [name, value] of [['recursive', recursive], ['force', force]]) {
    if (typeof value !== 'boolean') throw invalidArgType(`options.${name}`, 'of type boolean', value);
  }
  let stats;
  try {
    stats = yield* lstat(path);
  } catch (error) {
    if (force && error.code === 'ENOENT') return;
    throw error;
  }
  if (stats.isDirectory()) {
    if (!recursive) {
      const error = new Error(`Path is a directory: rm returned EISDIR (is a directory) ${path}`);
      error.code = 'ERR_FS_EISDIR';
      error.errno = 21;
      error.syscall = 'rm';
      error.path = path;
      throw error;
    }
    yield* removeTree(path);
    return;
  }
  yield request('unlink', [path], 'unlink', path);
}

function* removeTree(path) {
  const entries = yield request('scandir', [path], 'scandir', path);
  for (let index = 0; index < entries.length; index += 2) {
    const child = pathModule.join(path, entries[index]);
    if (entries[index + 1] === constants.UV_DIRENT_DIR) yield* removeTree(child);
    else yield request('unlink', [child], 'unlink', child);
  }
  yield request('rmdir', [path], 'rmdir', path);
}

function* unlink(path) {
  path = getValidatedPath(path);
  yield request('unlink', [path], 'unlink', path);
}

function* rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  yield request('rename', [oldPath, newPath], 'rename', oldPath, newPath);
}

function* link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  yield request('link', [existingPath, newPath], 'link', existingPath, newPath);
}

function* symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = type === 'dir' ? constants.UV_FS_SYMLINK_DIR : type === 'junction' ? constants.UV_FS_SYMLINK_JUNCTION : 0;
  yield request('symlink', [target, path, flags], 'symlink', target, path);
}

function* readlink(path, options) {
  path = getValidatedPath(path);
  const { encoding } = getOptions(options, {});
  return encodeName(yield request('readlink', [path], 'readlink', path), validateEncoding(encoding));
}

function* realpathNative(path, options) {
  path = getValidatedPath(path);
  const { encoding } = getOptions(options, {});
  return encodeName(yield request('realpath', [path], 'realpath', path), validateEncoding(encoding));
}

// realpath: as realpathNative, but a failure is reported as Node's walk over the path's
// components reports it: the lstat of the first missing component, or the stat of a dangling link.
function* realpath(path, options) {
  try {
    return yield* realpathNative(path, options);
  } catch (error) {
    const absolute = pathModule.resolve(path);
    let prefix = '';
    for (const part of absolute.split('/').slice(1)) {
      prefix += '/' + part;
      if ((yield* lstat(prefix)).isSymbolicLink()) yield* stat(prefix);
    }
    throw error;
  }
}

function* copyFile(source, destination, mode) {
  source = getValidatedPath(source, 'src');
  destination = getValidatedPath(destination, 'dest');
  yield request('copyfile', [source, destination, getValidMode(mode, 0)], 'copyfile', source, destination);
}

function* chmod(path, mode) {
  path = getValidatedPath(path);
  yield request('chmod', [path, parseMode(mode, 'mode')], 'chmod', path);
}

function* fchmod(fd, mode) {
  yield request('fchmod', [getValidatedFd(fd), parseMode(mode, 'mode')], 'fchmod');
}

function* chown(path, uid, gid) {
  path = getValidatedPath(path);
  yield request('chown', [path, validateInteger(uid, 'uid', -1, 4294967295), validateInteger(gid, 'gid', -1, 4294967295)], 'chown', path);
}

function* lchown(path, uid, gid) {
  path = getValidatedPath(path);
  yield request('lchown', [path, validateInteger(uid, 'uid', -1, 4294967295), validateInteger(gid, 'gid', -1, 4294967295)], 'lchown', path);
}

function* fchown(fd, uid, gid) {
  yield request('fchown', [getValidatedFd(fd), validateInteger(uid, 'uid', -1, 4294967295), validateInteger(gid, 'gid', -1, 4294967295)], 'fchown');
}

function* utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  yield request('utime', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)], 'utime', path);
}

function* lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  yield request('lutime', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)], 'lutime', path);
}

function* futimes(fd, atime, mtime) {
  yield request('futime', [getValidatedFd(fd), toUnixTimestamp(atime), toUnixTimestamp(mtime)], 'futime');
}

function* ftruncate(fd, length = 0) {
  yield request('ftruncate', [getValidatedFd(fd), validateInteger(length, 'len')], 'ftruncate');
}

function* truncate(path, length = 0) {
  const fd = yield* open(path, 'r+');
  try {
    yield* ftruncate(fd, length);
  } finally {
    yield* close(fd);
  }
}

function* fsync(fd) {
  yield request('fsync', [getValidatedFd(fd)], 'fsync');
}

function* fdatasync(fd) {
  yield request('fdatasync', [getValidatedFd(fd)], 'fdatasync');
}

// readFile and writeFile stop with an AbortError once options.signal has aborted (checked
// before each read or write).
function checkAborted(signal) {
  if (signal === undefined) return;
  validateAbortSignal(signal, 'options.signal');
  if (!signal.aborted) return;
  throw abortError({ cause: signal.reason });
}

// The first check, after a pause so that the callback form reports the abort through its
// callback rather than by throwing.
function* checkAbortedFirst(signal) {
  if (signal === undefined) return;
  validateAbortSignal(signal, 'options.signal');
  yield { value: null };
  checkAborted(signal);
}

// readFile and writeFile take an fd (a non-negative integer) or a path.
function isFileDescriptor(file) {
  return Number.isInteger(file) && file >= 0 && file <= 2147483647;
}

// readFile of a path or an fd: a Buffer, or text for an encoding.
function* readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  validateEncoding(options.encoding);
  yield* checkAbortedFirst(options.signal);
  const isFd = isFileDescriptor(path);
  const fd = isFd ? getValidatedFd(path) : yield* open(path, options.flag, 0o666);
  const chunks = [];
  try {
    for (;;) {
      checkAborted(options.signal);
      const chunk = Buffer.allocUnsafe(kReadChunk);
      const count = yield* read(fd, chunk, 0, kReadChunk, -1);
      if (count === 0) break;
      chunks.push(chunk.subarray(0, count));
    }
  } finally {
    if (!isFd) yield* close(fd);
  }
  return encodeOutput(Buffer.concat(chunks), options.encoding);
}

// writeFile (and appendFile, with flag 'a') of a path or an fd.
function* writeFile(path, data, options, defaultFlag = 'w') {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const bytes = toBytes(data, validateEncoding(options.encoding));
  yield* checkAbortedFirst(options.signal);
  const isFd = isFileDescriptor(path);
  const fd = isFd ? getValidatedFd(path) : yield* open(path, options.flag, options.mode);
  try {
    let written = 0;
    while (written < bytes.byteLength) {
      checkAborted(options.signal);
      written += yield* write(fd, bytes, written, bytes.byteLength - written, null);
    }
  } finally {
    if (!isFd) yield* close(fd);
  }
}

function* appendFile(path, data, options) {
  yield* writeFile(path, data, options, 'a');
}

module.exports = {
  open, close, read, write, readv, writev, stat, lstat, fstat, statfs, access, exists, readdir, mkdir, mkdtemp, rmdir, rm, unlink,
  rename, link, symlink, readlink, realpath, realpathNative, copyFile, chmod, fchmod, chown, lchown, fchown, utimes, lutimes,
  futimes, ftruncate, truncate, fsync, fdatasync, readFile, writeFile, appendFile,
};
