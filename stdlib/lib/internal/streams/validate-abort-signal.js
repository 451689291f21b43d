'use strict';
// Throws ERR_INVALID_ARG_TYPE unless `signal` is undefined or an AbortSignal.

const { invalidArgType } = require('internal/errors');

module.exports = function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'an instance of AbortSignal', signal);
  }
};
