'use strict';
// node:_stream_readable: the old module name of stream.Readable.

module.exports = require('stream').Readable;
