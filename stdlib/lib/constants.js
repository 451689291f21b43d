'use strict';
// The deprecated `constants` module: os.constants' dlopen, errno, priority and signals, then
// fs.constants and crypto.constants (but for the changeable defaultCipherList), in one object
// as Node lays it out.

const { constants: osConstants } = require('os');
const { constants: fsConstants } = require('fs');
const { defaultCipherList, ...cryptoConstants } = require('internal/crypto/constants').constants;

module.exports = Object.freeze(Object.assign({}, osConstants.dlopen, osConstants.errno, osConstants.priority, osConstants.signals, fsConstants, cryptoConstants));
