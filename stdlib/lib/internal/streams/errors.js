'use strict';
// The errors streams report, with Node's codes and messages.

const { abortError, invalidArgType } = require('internal/errors');

function coded(Constructor, code, message) {
  const error = new Constructor(message);
  error.code = code;
  return error;
}

module.exports = {
  invalidArgType,
  invalidChunk: (chunk) => invalidArgType('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk),
  pushAfterEof: () => coded(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'),
  unshiftAfterEnd: () => coded(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event'),
  writeAfterEnd: () => coded(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
  destroyed: (method) => coded(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${method} after a stream was destroyed`),
  alreadyFinished: (method) => coded(Error, 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${method} after a stream was finished`),
  nullValues: () => coded(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream'),
  multipleCallback: () => coded(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times'),
  methodNotImplemented: (method) => coded(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${method} method is not implemented`),
  notImplemented: (name) => coded(Error, 'ERR_NOT_IMPLEMENTED', `${name} is not implemented`),
  prematureClose: () => coded(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'),
  missingArgs: (name) => coded(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`),
  unknownEncoding: (encoding) => coded(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`),
  invalidReturnValue: (expected, name, value) => coded(TypeError, 'ERR_INVALID_RETURN_VALUE',
    `Expected ${expected} to be returned from the "${name}" function but got ${value === null ? 'null' : typeof value}.`),
  outOfRange: (name, range, value) => coded(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${value}`),
  invalidArgValue: (name, value) => coded(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The property '${name}' is invalid. Received ${value}`),
  // AbortError: what an aborted signal makes an operation fail with.
  abortError(cause) {
    return abortError(cause === undefined ? undefined : { cause });
  },
};
