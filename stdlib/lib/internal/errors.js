'use strict';
// Node's argument errors, with their codes and "Received ..." descriptions.

function describeReceived(value) {
  if (value == null) return String(value);
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') return 'an instance of ' + (value.constructor?.name ?? 'Object');
  let shown = typeof value === 'string' ? `'${value}'` : typeof value === 'bigint' ? `${value}n` : String(value);
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return `type ${typeof value} (${shown})`;
}

// ERR_INVALID_ARG_TYPE: `expected` reads "of type string", "an instance of Array"...
function invalidArgType(name, expected, actual) {
  const subject = name.endsWith(' argument') ? name : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  const error = new TypeError(`The ${subject} must be ${expected}. Received ${describeReceived(actual)}`);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

// An error of class `ErrorClass` as Node's internal ones are: a `code` property, shown in the
// stack's first line ("Error [CODE]: message"), and a stack that starts at the caller.
function codedError(ErrorClass, code, message) {
  const error = new ErrorClass(message);
  error.code = code;
  const ownName = Object.getOwnPropertyDescriptor(error, 'name');
  error.name = `${error.name} [${code}]`;
  Error.captureStackTrace(error, codedError);
  const stack = error.stack;
  delete error.name;
  if (ownName) Object.defineProperty(error, 'name', ownName);
  Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return error;
}

// ERR_INTERNAL_ASSERTION: a state Node's own code should never reach, with Node's advice.
function internalAssertion(message) {
  return codedError(Error, 'ERR_INTERNAL_ASSERTION', `${message}\nThis is caused by either a bug in Node.js or ` +
    'incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
}

// Integers beyond 2 ** 32 (and BigInts beyond 2n ** 32n) are shown with '_' between thousands.
function formatOutOfRangeValue(value) {
  const big = typeof value === 'bigint';
  if (!Number.isInteger(value) && !big) return String(value);
  const magnitude = value < 0 ? -value : value;
  if (magnitude <= (big ? 2n ** 32n : 2 ** 32)) return big ? `${value}n` : String(value);
  let digits = String(magnitude);
  let grouped = '';
  for (; digits.length > 3; digits = digits.slice(0, -3)) grouped = `_${digits.slice(-3)}${grouped}`;
  return `${value < 0 ? '-' : ''}${digits}${grouped}${big ? 'n' : ''}`;
}

// ERR_OUT_OF_RANGE: `range` reads ">= 0 and <= 4", "an integer"...
function outOfRange(name, range, received) {
  return codedError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${formatOutOfRangeValue(received)}`);
}

// ERR_INVALID_ARG_VALUE: "The argument 'value' is invalid. Received 'zz'".
function invalidArgValue(name, value, reason = 'is invalid') {
  const { inspect } = require('internal/util/inspect');
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' ${reason}. Received ${inspect(value)}`);
}

// ERR_INVALID_THIS: a method called on something not of its class `type`.
function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
}

// A number that is an integer in [min, max], else ERR_INVALID_ARG_TYPE or ERR_OUT_OF_RANGE.
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  validateNumber(value, name);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

// What an operation stopped by an aborted AbortSignal fails with; `options` as Error's
// ({ cause: signal.reason }).
function abortError(options) {
  const error = new Error('The operation was aborted', options);
  error.name = 'AbortError';
  error.code = 'ABORT_ERR';
  return error;
}

// Node's SystemError: a coded error about a failed system call, whose `info` holds the call's
// errno, code, message and syscall (also readable as errno and syscall).
class SystemError extends Error {}
Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', writable: true, configurable: true });

// "TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)" for `prefix`
// "TTY initialization failed" and a libuv error from `syscall`.
function systemError(code, prefix, errno, syscall) {
  const [name, description] = uvErrorName(errno);
  const error = codedError(SystemError, code, `${prefix}: ${syscall} returned ${name} (${description})`);
  error.info = { errno, code: name, message: description, syscall };
  error.errno = errno;
  error.syscall = syscall;
  return error;
}

// [code, description] of a libuv error number: ['ENOENT', 'no such file or directory'].
function uvErrorName(errno) {
  return internalBinding('fs').errorName(errno);
}

// Node's system error: "ENOENT: no such file or directory, open 'a'" (" -> 'b'" with a dest).
function uvException(errno, syscall, path, dest) {
  const [code, description] = uvErrorName(errno);
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  if (dest !== undefined) error.dest = dest;
  return error;
}

// The shorter style of socket and process calls: "read ECONNRESET" (" original" appended when
// given), with code, errno and syscall.
function errnoException(errno, syscall, original) {
  const [code] = uvErrorName(errno);
  const error = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  return error;
}

// A socket call's error with where it went: "connect ECONNREFUSED 127.0.0.1:80", with code,
// errno, syscall, address and port.
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const [code] = uvErrorName(errno);
  let where = address;
  if (port !== undefined && port > 0) where = `${address}:${port}`;
  const error = new Error(`${syscall} ${code}${where ? ` ${where}` : ''}${additional ? ` - Local (${additional})` : ''}`);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  error.address = address;
  if (port !== undefined && port > 0) error.port = port;
  return error;
}

module.exports = {
  abortError,
  codedError,
  describeReceived,
  errnoException,
  exceptionWithHostPort,
  internalAssertion,
  invalidArgType,
  invalidArgValue,
  invalidThis,
  outOfRange,
  systemError,
  uvErrorName,
  uvException,
  validateFunction,
  validateInteger,
  validateNumber,
  validateString,
};
