'use strict';
// node:_stream_duplex: the old module name of stream.Duplex.

module.exports = require('stream').Duplex;
