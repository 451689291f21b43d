'use strict';
// fs/promises: the operations of internal/fs/operations as promises, and FileHandle.

const operations = require('internal/fs/operations');
const { cp } = require('internal/fs/cp');
const { Buffer } = require('buffer');
const { codedError } = require('internal/errors');
const { promiseForm } = require('internal/fs/drivers');
const { constants, getValidatedPath, getOptions } = require('internal/fs/utils');

const promises = module.exports;

for (const name of [
  'access', 'chmod', 'chown', 'copyFile', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir', 'mkdtemp',
  'readdir', 'readlink', 'rename', 'rm', 'rmdir', 'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes',
]) {
  promises[name] = promiseForm(operations[name]);
}

// lchmod exists only on macOS, as in Node: elsewhere it always rejects.
promises.lchmod = async function lchmod() {
  throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not implemented');
};

// readFile, writeFile and appendFile take a path or a FileHandle (not an fd, unlike fs's forms).
function fileOperation(operation) {
  const run = promiseForm(operation);
  return async function (file, ...rest) {
    return run(file instanceof FileHandle ? file.fd : getValidatedPath(file), ...rest);
  };
}

const closeFd = promiseForm(operations.close);

// An open file: the fd and the operations on it.
class FileHandle {
  #fd;
  constructor(fd) { this.#fd = fd; }
  get fd() { return this.#fd; }

  async close() {
    if (this.#fd === -1) return;
    const fd = this.#fd;
    this.#fd = -1;
    await closeFd(fd);
  }
  stat(options) { return promiseForm(operations.fstat)(this.#fd, options); }
  readFile(options) { return promiseForm(operations.readFile)(this.#fd, options); }
  writeFile(data, options) { return promiseForm(operations.writeFile)(this.#fd, data, options); }
  appendFile(data, options) { return promiseForm(operations.writeFile)(this.#fd, data, options, 'a'); }
  truncate(length) { return promiseForm(operations.ftruncate)(this.#fd, length); }
  sync() { return promiseForm(operations.fsync)(this.#fd); }
  datasync() { return promiseForm(operations.fdatasync)(this.#fd); }
  chmod(mode) { return promiseForm(operations.fchmod)(this.#fd, mode); }
  chown(uid, gid) { return promiseForm(operations.fchown)(this.#fd, uid, gid); }
  utimes(atime, mtime) { return promiseForm(operations.futimes)(this.#fd, atime, mtime); }

  // read(buffer, offset, length, position) or read({ buffer, offset, length, position }) →
  // { bytesRead, buffer }.
  async read(buffer, offset, length, position) {
    if (!ArrayBuffer.isView(buffer)) {
      const options = buffer ?? {};
      ({ buffer = Buffer.alloc(16384), offset, length, position } = options);
    }
    const bytesRead = await promiseForm(operations.read)(this.#fd, buffer, offset, length, position);
    return { bytesRead, buffer };
  }

  // write(data, ...) → { bytesWritten, buffer }.
  async write(data, ...rest) {
    const bytesWritten = await promiseForm(operations.write)(this.#fd, data, ...rest);
    return { bytesWritten, buffer: data };
  }

  async readv(buffers, position) {
    const bytesRead = await promiseForm(operations.readv)(this.#fd, buffers, position);
    return { bytesRead, buffers };
  }

  async writev(buffers, position) {
    const bytesWritten = await promiseForm(operations.writev)(this.#fd, buffers, position);
    return { bytesWritten, buffers };
  }

  createReadStream(options) { return this.#stream('ReadStream', options); }
  createWriteStream(options) { return this.#stream('WriteStream', options); }

  // The lines of the file, as a readline Interface over a ReadStream.
  readLines(options) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  // A stream over this handle's fd; with autoClose (the default) the handle closes with it.
  #stream(className, options) {
    options = getOptions(options, {});
    const StreamClass = require('internal/fs/streams')[className];
    const stream = new StreamClass(null, { ...options, fd: this.#fd, autoClose: false });
    if (options.autoClose !== false) stream.once('close', () => this.close());
    return stream;
  }
}

// realpath is the uv call here (as fs.realpath.native).
promises.realpath = promiseForm(operations.realpathNative);
promises.readFile = fileOperation(operations.readFile);
promises.writeFile = fileOperation(operations.writeFile);
promises.appendFile = fileOperation(operations.appendFile);

promises.open = async function open(path, flags, mode) {
  return new FileHandle(await promiseForm(operations.open)(path, flags, mode));
};

promises.cp = promiseForm(cp);

promises.opendir = require('internal/fs/dir').opendirPromise;

promises.watch = require('internal/fs/watchers').watchAsync;

promises.constants = constants;
