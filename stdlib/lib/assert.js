'use strict';
// assert: the legacy (loose) assertion functions, with assert.strict as the strict variants.
// assert.ok without a message cannot quote the failing call's source text as Node does: its
// message shows the value ("false == true"), as Node's does when the source is unavailable.

const { AssertionError } = require('internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const { inspect } = require('internal/util/inspect');
const { invalidArgType } = require('internal/errors');

function innerFail(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

function innerOk(fn, argumentCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argumentCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = `${inspect(value)} == true`;
  } else if (message instanceof Error) {
    throw message;
  }
  const error = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  error.generatedMessage = generatedMessage;
  throw error;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

function missingArgs(...names) {
  const error = new TypeError(`The ${names.map((name) => `"${name}"`).join(' and ')} arguments must be specified`);
  error.code = 'ERR_MISSING_ARGS';
  return error;
}

// A two-value assertion: fails (with `operator`) when `passes(actual, expected)` is false.
function comparison(name, operator, passes) {
  const assertion = {
    [name](actual, expected, message) {
      if (arguments.length < 2) throw missingArgs('actual', 'expected');
      if (!passes(actual, expected)) innerFail({ actual, expected, message, operator, stackStartFn: assertion });
    },
  }[name];
  return assertion;
}

const isLooseEqual = (a, b) => a == b || (Number.isNaN(a) && Number.isNaN(b)); // eslint-disable-line eqeqeq

const equal = comparison('equal', '==', isLooseEqual);
const notEqual = comparison('notEqual', '!=', (a, b) => !isLooseEqual(a, b));
const strictEqual = comparison('strictEqual', 'strictEqual', Object.is);
const notStrictEqual = comparison('notStrictEqual', 'notStrictEqual', (a, b) => !Object.is(a, b));
const deepEqual = comparison('deepEqual', 'deepEqual', isDeepEqual);
const notDeepEqual = comparison('notDeepEqual', 'notDeepEqual', (a, b) => !isDeepEqual(a, b));
const deepStrictEqual = comparison('deepStrictEqual', 'deepStrictEqual', isDeepStrictEqual);
const notDeepStrictEqual = comparison('notDeepStrictEqual', 'notDeepStrictEqual', (a, b) => !isDeepStrictEqual(a, b));

function fail(actual, expected, message, operator, stackStartFn) {
  if (arguments.length === 0) {
    message = 'Failed';
  } else if (arguments.length === 1) {
    message = actual;
    actual = undefined;
  } else {
    process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
      'Please use assert.strictEqual() instead or only pass a message.', 'DeprecationWarning', 'DEP0094');
    if (arguments.length === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const options = { actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message };
  const error = new AssertionError(options);
  if (arguments.length >= 2 && message === undefined) error.generatedMessage = true;
  else error.generatedMessage = arguments.length === 0;
  throw error;
}

function invalidReturn(fnType, name) {
  const error = new TypeError(`Expected instance of Promise to be returned from the "${name}" function but got ${fnType}.`);
  error.code = 'ERR_INVALID_RETURN_VALUE';
  return error;
}

// Runs `fn`; the value it threw, or kNoException.
const kNoException = Symbol('no exception');
function getActual(fn) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  try {
    fn();
  } catch (error) {
    return error;
  }
  return kNoException;
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isThenable(promise)) {
      const shown = promise === undefined ? 'undefined' : `type ${typeof promise} (${inspect(promise)})`;
      throw invalidReturn(typeof promise === 'object' && promise !== null ? `an instance of ${promise.constructor?.name}` : shown, 'promiseFn');
    }
  } else if (isThenable(promiseFn)) {
    promise = promiseFn;
  } else {
    throw invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
  }
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return kNoException;
}

const isThenable = (value) => value !== null && typeof value === 'object' && typeof value.then === 'function' &&
  typeof value.catch === 'function';

// Checks a thrown value against `expected`: a RegExp, a class, a validation function, or an
// object whose properties the error must have (deep-strict-equal each).
function expectedException(actual, expected, message, fn) {
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      if (actual instanceof Error) {
        const error = new AssertionError({
          actual, expected, operator: fn.name, stackStartFn: fn,
          message: message || `The error is expected to be an instance of "${expected.name}". Received "${actual.constructor?.name}"\n\nError message:\n\n${actual.message}`,
        });
        error.generatedMessage = !message;
        throw error;
      }
      innerFail({ actual, expected, operator: fn.name, stackStartFn: fn,
        message: message || `The error is expected to be an instance of "${expected.name}". Received "${inspect(actual)}"` });
    }
    const result = expected.call({}, actual);
    if (result !== true) {
      const name = expected.name ? `"${expected.name}" ` : '';
      const error = new AssertionError({
        actual, expected, operator: fn.name, stackStartFn: fn,
        message: message || `The ${name}validation function is expected to return "true". Received ${inspect(result)}${actual instanceof Error ? `\n\nCaught error:\n\n${actual}` : ''}`,
      });
      error.generatedMessage = !message;
      throw error;
    }
    return;
  }
  if (expected instanceof RegExp) {
    const text = String(actual);
    if (expected.test(text)) return;
    const error = new AssertionError({
      actual, expected, operator: fn.name, stackStartFn: fn,
      message: message || `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(text)}\n`,
    });
    error.generatedMessage = !message;
    throw error;
  }
  if (expected === null || typeof expected !== 'object') {
    throw invalidArgType('expected', 'of type function or an instance of Error, RegExp, or Object', expected);
  }
  if (typeof actual !== 'object' || actual === null) {
    const error = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
    error.operator = fn.name;
    throw error;
  }
  const keys = Object.keys(expected);
  if (expected instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) {
    const error = new TypeError(`The argument 'error' may not be an empty object. Received {}`);
    error.code = 'ERR_INVALID_ARG_VALUE';
    throw error;
  }
  for (const key of keys) {
    if (typeof actual[key] === 'string' && expected[key] instanceof RegExp && expected[key].test(actual[key])) continue;
    if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
      // The message compares just the expected keys, as objects named "Comparison".
      const shownActual = new Comparison(actual, keys);
      const shownExpected = new Comparison(expected, keys, actual);
      const error = new AssertionError({ actual: shownActual, expected: shownExpected, operator: 'deepStrictEqual', stackStartFn: fn });
      error.actual = actual;
      error.expected = expected;
      error.operator = fn.name;
      if (message) {
        error.message = message;
        error.generatedMessage = false;
      }
      throw error;
    }
  }
}

class Comparison {
  constructor(object, keys, actual) {
    for (const key of keys) {
      if (key in object) {
        if (actual !== undefined && typeof actual[key] === 'string' && object[key] instanceof RegExp &&
            object[key].test(actual[key])) {
          this[key] = actual[key];
        } else {
          this[key] = object[key];
        }
      }
    }
  }
}

function checkExpected(fn, expected, message) {
  if (typeof expected === 'string') {
    if (message !== undefined) {
      throw invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', expected);
    }
    return [undefined, expected];
  }
  return [expected, message];
}

function expectsError(fn, actual, expected, message) {
  [expected, message] = checkExpected(fn, expected, message);
  if (actual === kNoException) {
    let details = '';
    if (expected && expected.name) details += ` (${expected.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = fn === rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected, operator: fn.name, message: `Missing expected ${fnType}${details}`, stackStartFn: fn });
  }
  if (expected !== undefined) expectedException(actual, expected, message, fn);
}

function expectsNoError(fn, actual, expected, message) {
  if (actual === kNoException) return;
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  if (expected === undefined || (typeof expected === 'function' && actual instanceof expected) ||
      (expected instanceof RegExp && expected.test(String(actual)))) {
    const details = message ? `: ${message}` : '.';
    const fnType = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected, operator: fn.name, stackStartFn: fn,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

function ifError(error) {
  if (error === null || error === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof error === 'object' && typeof error.message === 'string') {
    message += error.message.length === 0 && error.constructor ? error.constructor.name : error.message;
  } else {
    message += inspect(error);
  }
  const assertionError = new AssertionError({ actual: error, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  assertionError.generatedMessage = false;
  throw assertionError;
}

function internalMatch(string, regexp, message, fn) {
  if (!(regexp instanceof RegExp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
  const matches = fn === match;
  if (typeof string !== 'string' || regexp.test(string) !== matches) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : (matches ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const error = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    error.generatedMessage = generatedMessage;
    throw error;
  }
}

function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
}

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

// CallTracker (deprecated in Node) is not implemented.
class CallTracker {
  constructor() {
    const error = new Error('assert.CallTracker is not implemented in Sable');
    error.code = 'ERR_NOT_IMPLEMENTED';
    throw error;
  }
}

const assert = ok;
Object.assign(assert, {
  ok, fail, equal, notEqual, strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual,
  notDeepStrictEqual, throws, rejects, doesNotThrow, doesNotReject, ifError, match, doesNotMatch, AssertionError,
  CallTracker,
});

// assert.strict: the same functions, with the loose comparisons replaced by the strict ones.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}
Object.assign(strict, assert, {
  equal: strictEqual, notEqual: notStrictEqual, deepEqual: deepStrictEqual, notDeepEqual: notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
