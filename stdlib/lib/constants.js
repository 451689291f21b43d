'use strict';
// The deprecated `constants` module: os.constants' dlopen, errno, priority and signals, then
// fs.constants, in one object as Node lays it out. (Node also copies crypto.constants, the
// OpenSSL option flags, which Sable's crypto does not define yet.)

const { constants: osConstants } = require('os');
const { constants: fsConstants } = require('fs');

module.exports = Object.freeze(Object.assign({}, osConstants.dlopen, osConstants.errno, osConstants.priority, osConstants.signals, fsConstants));
