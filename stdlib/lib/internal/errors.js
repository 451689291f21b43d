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

// ERR_INVALID_ARG_TYPE: `expected` reads "of type string", "an instance of Array"...; a dotted
// name ("options.filter") is a property.
function invalidArgType(name, expected, actual) {
  const kind = name.includes('.') ? 'property' : 'argument';
  const error = new TypeError(`The "${name}" ${kind} must be ${expected}. Received ${describeReceived(actual)}`);
  error.code = 'ERR_INVALID_ARG_TYPE';
  return error;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

module.exports = { describeReceived, invalidArgType, validateFunction, validateString };
