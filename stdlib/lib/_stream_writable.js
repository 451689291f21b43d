'use strict';
// node:_stream_writable: the old module name of stream.Writable.

module.exports = require('stream').Writable;
