'use strict';
// The Buffer class, loaded when a byte stream first needs it (object-mode streams never do).

let BufferClass;

module.exports = function getBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
};
