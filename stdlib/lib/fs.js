'use strict';
// fs: the synchronous, callback and promise forms of each operation of internal/fs/operations.

const operations = require('internal/fs/operations');
const { cp } = require('internal/fs/cp');
const { Dir, opendir, opendirSync } = require('internal/fs/dir');
const { watch, watchFile, unwatchFile } = require('internal/fs/watchers');
const { callbackForm, syncForm, runAsync } = require('internal/fs/drivers');
const { constants, Stats, BigIntStats, Dirent, getValidatedPath, toUnixTimestamp } = require('internal/fs/utils');
const { codedError, invalidArgType, validateFunction, validateString } = require('internal/errors');
const { Buffer } = require('buffer');

const fs = module.exports;

// Operations whose callback gets (error, value) and whose sync form returns the value.
const kPlain = [
  'open', 'close', 'stat', 'lstat', 'fstat', 'statfs', 'access', 'readdir', 'mkdir', 'mkdtemp', 'rmdir', 'rm', 'unlink',
  'rename', 'link', 'symlink', 'readlink', 'realpath', 'copyFile', 'chmod', 'fchmod', 'chown', 'lchown', 'fchown',
  'utimes', 'lutimes', 'futimes', 'ftruncate', 'truncate', 'fsync', 'fdatasync', 'readFile', 'writeFile',
  'appendFile',
];
for (const name of kPlain) {
  fs[name] = callbackForm(operations[name]);
  fs[name + 'Sync'] = syncForm(operations[name]);
}
fs.realpath.native = callbackForm(operations.realpathNative);
fs.realpathSync.native = syncForm(operations.realpathNative);

fs.cp = callbackForm(cp);
fs.cpSync = syncForm(cp);

fs.readSync = syncForm(operations.read);
fs.writeSync = syncForm(operations.write);

// read(fd, buffer, offset, length, position, callback(error, bytesRead, buffer)); the buffer
// and the rest may come as an options object ({ buffer, offset, length, position }) or not at
// all (a new 16 KiB Buffer).
fs.read = function read(fd, ...args) {
  const callback = args.pop();
  validateFunction(callback, 'cb');
  let [buffer, ...rest] = args;
  if (!ArrayBuffer.isView(buffer)) {
    const options = buffer ?? {};
    buffer = options.buffer ?? Buffer.alloc(16384);
    rest = [options.offset, options.length, options.position];
  }
  runAsync(operations.read(fd, buffer, ...rest), (error, count) => callback(error, count, buffer));
};

// write(fd, data, ..., callback(error, written, data)).
fs.write = function write(fd, data, ...rest) {
  const callback = rest.pop();
  validateFunction(callback, 'cb');
  runAsync(operations.write(fd, data, ...rest), (error, count) => callback(error, count, data));
};

fs.existsSync = function existsSync(path) {
  try {
    return syncForm(operations.exists)(path);
  } catch {
    return false;
  }
};

// exists(path, callback(exists)): the callback gets no error.
fs.exists = function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    runAsync(operations.exists(path), (error, value) => callback(value));
  } catch {
    process.nextTick(callback, false);
  }
};

Object.assign(fs, { Dir, opendir, opendirSync, watch, watchFile, unwatchFile });

fs.readvSync = syncForm(operations.readv);
fs.writevSync = syncForm(operations.writev);

// readv and writev: callback(error, bytes, buffers).
for (const name of ['readv', 'writev']) {
  fs[name] = function (fd, buffers, ...rest) {
    const callback = rest.pop();
    validateFunction(callback, 'cb');
    runAsync(operations[name](fd, buffers, ...rest), (error, count) => callback(error, count, buffers));
  };
}

Object.assign(fs, { constants, Stats, Dirent, BigIntStats, F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK });

// lchmod and lchmodSync exist only on macOS; Node lists them as undefined elsewhere.
fs.lchmod = undefined;
fs.lchmodSync = undefined;

fs._toUnixTimestamp = toUnixTimestamp;

// openAsBlob ( path [, { type }] ): a promise of a Blob of the file's bytes. Node's blob reads the
// file lazily; Sable's Blob holds its bytes, so the file is read now (it must open at once).
fs.openAsBlob = function openAsBlob(path, options = {}) {
  path = getValidatedPath(path);
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  const type = options.type ?? '';
  validateString(type, 'options.type');
  try {
    fs.closeSync(fs.openSync(path, 'r'));
  } catch {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Unable to open file as blob');
  }
  const { Blob } = require('internal/blob');
  return fs.promises.readFile(path).then((bytes) => new Blob([bytes], { type }));
};

// The stream classes load with the stream module, on first use; FileReadStream and
// FileWriteStream are their old names.
const kStreamExports = {
  ReadStream: 'ReadStream', WriteStream: 'WriteStream', createReadStream: 'createReadStream',
  createWriteStream: 'createWriteStream', FileReadStream: 'ReadStream', FileWriteStream: 'WriteStream',
};
for (const [name, target] of Object.entries(kStreamExports)) {
  Object.defineProperty(fs, name, {
    enumerable: true,
    configurable: true,
    get() { return require('internal/fs/streams')[target]; },
  });
}

Object.defineProperty(fs, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('fs/promises'); },
});
