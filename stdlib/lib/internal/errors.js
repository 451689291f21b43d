'use strict';
// Node's argument errors, with their codes and "Received ..." descriptions.

function describeReceived(value) {
  if (value == null) return String(value);
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') return 'an instance of ' + (value.constructor?.name ?? 'Object');
  let shown = typeof value === 'string' ? `'${value}'` : String(value);
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return `type ${typeof value} (${shown})`;
}

// ERR_INVALID_ARG_TYPE: `expected` reads "of type string", "an instance of Array"...
function invalidArgType(name, expected, actual) {
  const error = new TypeError(`The "${name}" argument must be ${expected}. Received ${describeReceived(actual)}`);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

// An error as Node's internal ones are: a `code` property, shown in the stack's first line
// ("Error [CODE]: message"), and a stack that starts at the caller.
function codedError(Constructor, code, message) {
  const error = new Constructor(message);
  error.code = code;
  error.name = `${error.name} [${code}]`;
  Error.captureStackTrace(error, codedError);
  const stack = error.stack;
  delete error.name;
  Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return error;
}

module.exports = { codedError, describeReceived, invalidArgType, validateFunction, validateString };
