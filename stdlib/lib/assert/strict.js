'use strict';
// assert/strict: the same object as assert.strict.

module.exports = require('assert').strict;
