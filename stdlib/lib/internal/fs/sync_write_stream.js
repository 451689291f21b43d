'use strict';
// SyncWriteStream: a Writable that writes each chunk to a file descriptor at once with
// fs.writeSync (process.stdout and process.stderr when they are files).

const { Writable } = require('stream');
const fs = require('fs');

class SyncWriteStream extends Writable {
  constructor(fd, options) {
    super({ autoDestroy: true });
    this.fd = fd;
    this.readable = false;
    this.autoClose = options?.autoClose ?? true;
  }

  _write(chunk, encoding, callback) {
    try {
      fs.writeSync(this.fd, chunk);
    } catch (error) {
      callback(error);
      return;
    }
    callback();
  }

  _destroy(error, callback) {
    if (this.fd !== null && this.autoClose) fs.closeSync(this.fd);
    this.fd = null;
    callback(error);
  }

  destroySoon() {
    this.destroy();
  }
}

module.exports = SyncWriteStream;
