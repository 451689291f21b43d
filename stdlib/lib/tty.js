'use strict';
// node:tty: isatty. The ReadStream and WriteStream classes need node:net and throw
// ERR_NOT_IMPLEMENTED.

const { guessHandleType } = internalBinding('tty');
const { codedError } = require('internal/errors');

// isatty ( fd ): whether fd is an open terminal; false for anything not a valid fd.
function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && guessHandleType(fd) === 'TTY';
}

function ReadStream() {
  throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'tty.ReadStream is not implemented in Sable');
}

function WriteStream() {
  throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'tty.WriteStream is not implemented in Sable');
}

module.exports = { isatty, ReadStream, WriteStream };
