'use strict';
// node:_stream_passthrough: the old module name of stream.PassThrough.

module.exports = require('stream').PassThrough;
