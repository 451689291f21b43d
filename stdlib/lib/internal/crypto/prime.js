'use strict';
// generatePrime(Sync) and checkPrime(Sync) over OpenSSL's big numbers. Candidates and options
// may be bigints or big-endian bytes. The callback forms work synchronously and call back from
// the check phase.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, outOfRange, validateFunction, validateInteger } = require('internal/errors');

const kBytes = 'an instance of ArrayBuffer, TypedArray, Buffer, or DataView';

function bigintToBytes(value) {
  const hex = value.toString(16);
  return Uint8Array.from(Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex'));
}

function bytesToBigint(bytes) {
  return bytes.byteLength === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

// A bigint or binary option/argument as bytes.
function numberBytes(value, name, kinds) {
  if (typeof value === 'bigint') {
    if (value < 0n) throw outOfRange(name, '>= 0', value);
    return bigintToBytes(value);
  }
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw invalidArgType(name, kinds, value);
}

function prepareGeneration(size, options = {}) {
  validateInteger(size, 'size', 1, 2 ** 31 - 1);
  if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'of type object', options);
  const { safe = false, bigint = false, add, rem } = options;
  if (typeof safe !== 'boolean') throw invalidArgType('options.safe', 'of type boolean', safe);
  if (typeof bigint !== 'boolean') throw invalidArgType('options.bigint', 'of type boolean', bigint);
  const kinds = `of type bigint or ${kBytes}`;
  const addBytes = add === undefined ? undefined : numberBytes(add, 'options.add', kinds);
  const remBytes = add === undefined || rem === undefined ? undefined : numberBytes(rem, 'options.rem', kinds);
  if (addBytes !== undefined) {
    const addValue = bytesToBigint(addBytes);
    if (addValue.toString(2).length > size) throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.add');
    if (remBytes !== undefined && bytesToBigint(remBytes) >= addValue) {
      throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'invalid options.rem');
    }
  }
  return { size, safe, bigint, addBytes, remBytes };
}

function generate({ size, safe, bigint, addBytes, remBytes }) {
  const prime = binding.primeGenerate(size, safe, addBytes, remBytes);
  if (prime === false) throw codedError(Error, 'ERR_OSSL_BN_NO_SOLUTION', 'Prime generation failed');
  return bigint ? bytesToBigint(new Uint8Array(prime)) : prime;
}

function generatePrimeSync(size, options) {
  return generate(prepareGeneration(size, options));
}

// generatePrime ( size [ , options ], callback )
function generatePrime(size, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'callback');
  const prepared = prepareGeneration(size, options);
  setImmediate(() => {
    let prime;
    try {
      prime = generate(prepared);
    } catch (error) {
      callback(error);
      return;
    }
    callback(undefined, prime);
  });
}

function prepareCheck(candidate, options = {}) {
  const bytes = numberBytes(candidate, 'candidate', `of type bigint or ${kBytes}`);
  if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'of type object', options);
  const { checks = 0 } = options;
  // OpenSSL picks the number of rounds for the candidate's size: `checks` is only validated.
  validateInteger(checks, 'options.checks', 0, 2 ** 31 - 1);
  return bytes;
}

function checkPrimeSync(candidate, options) {
  return binding.primeCheck(prepareCheck(candidate, options));
}

// checkPrime ( candidate [ , options ], callback )
function checkPrime(candidate, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'callback');
  const bytes = prepareCheck(candidate, options);
  setImmediate(callback, undefined, binding.primeCheck(bytes));
}

module.exports = { generatePrime, generatePrimeSync, checkPrime, checkPrimeSync };
