'use strict';
// node:_stream_transform: the old module name of stream.Transform.

module.exports = require('stream').Transform;
