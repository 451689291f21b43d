'use strict';
// Signatures: Sign and Verify (writable streams that collect the data and sign or verify it at
// the end) and the one-shot sign() and verify(), over RSA (PKCS#1 v1.5 and PSS), RSA-PSS, ECDSA,
// DSA, Ed25519 and Ed448 keys. ECDSA and DSA signatures are DER or, with dsaEncoding
// 'ieee-p1363', r and s side by side.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { Writable } = require('stream');
const { codedError, invalidArgType, invalidArgValue, validateFunction, validateString } = require('internal/errors');
const { toBytes, encodeOutput, opensslError, validateDigest, invalidDigest } = require('internal/crypto/util');
const { prepareAsymmetricKey, keyHandle } = require('internal/crypto/key_object');
const asn1 = require('internal/crypto/asn1');

const kView = 'an instance of Buffer, TypedArray, or DataView';
const kData = 'of type string or an instance of Buffer, TypedArray, or DataView';

// The options an object key argument carries: { padding, saltLength, dsaEncoding }.
function signingOptions(key) {
  const options = typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) ? key : {};
  const { padding, saltLength, dsaEncoding = 'der' } = options;
  if (padding !== undefined && !Number.isInteger(padding)) throw invalidArgValue('options.padding', padding);
  if (saltLength !== undefined && !Number.isInteger(saltLength)) throw invalidArgValue('options.saltLength', saltLength);
  if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') throw invalidArgValue('options.dsaEncoding', dsaEncoding);
  return { padding, saltLength, dsaEncoding };
}

// The byte length of r and s in an IEEE P1363 signature by the key (0 for keys without one).
function p1363Size(key) {
  const type = key.asymmetricKeyType;
  if (type === 'ec') return Math.ceil(binding.keyDetails(...keyHandle(key))[1] / 8);
  if (type === 'dsa') return Math.ceil(key.asymmetricKeyDetails.divisorLength / 8);
  return 0;
}

// DER SEQUENCE { r, s } to r || s, each `size` bytes.
function derToP1363(signature, size) {
  const [r, s] = asn1.readChildren(asn1.readElement(signature).contents);
  const out = Buffer.alloc(2 * size);
  const place = (integer, offset) => {
    const magnitude = asn1.unsignedInteger(integer.contents);
    out.set(magnitude, offset + size - magnitude.length);
  };
  place(r, 0);
  place(s, size);
  return out;
}

// r || s to DER (undefined when the length is not 2 * size).
function p1363ToDer(signature, size) {
  if (signature.length !== 2 * size) return undefined;
  return asn1.sequence(asn1.integer(signature.subarray(0, size)), asn1.integer(signature.subarray(size)));
}

function checkDigest(algorithm, error) {
  if (algorithm === undefined || algorithm === null) return '';
  validateString(algorithm, 'algorithm');
  validateDigest(algorithm, error);
  return algorithm;
}

function signWith(digest, data, key) {
  const options = signingOptions(key);
  const privateKey = prepareAsymmetricKey(key, 'private');
  const out = binding.sign(...keyHandle(privateKey), digest, data, options.padding, options.saltLength);
  if (out === false) throw opensslError('Signing failed');
  const signature = Buffer.from(out);
  const size = options.dsaEncoding === 'ieee-p1363' ? p1363Size(privateKey) : 0;
  return size ? derToP1363(signature, size) : signature;
}

function verifyWith(digest, data, key, signature) {
  const options = signingOptions(key);
  const publicKey = prepareAsymmetricKey(key, 'public');
  const size = options.dsaEncoding === 'ieee-p1363' ? p1363Size(publicKey) : 0;
  const der = size ? p1363ToDer(signature, size) : signature;
  if (der === undefined) return false;
  const valid = binding.verify(...keyHandle(publicKey), digest, data, der, options.padding, options.saltLength);
  if (valid === undefined) throw opensslError('Verification failed');
  return valid;
}

// sign ( algorithm, data, key [ , callback ] )
function sign(algorithm, data, key, callback) {
  const digest = checkDigest(algorithm, () => invalidDigest(algorithm));
  const bytes = toBytes(data, 'data', 'utf8', kData);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const signature = signWith(digest, bytes, key);
  if (callback === undefined) return signature;
  setImmediate(callback, null, signature);
}

// verify ( algorithm, data, key, signature [ , callback ] )
function verify(algorithm, data, key, signature, callback) {
  const digest = checkDigest(algorithm, () => invalidDigest(algorithm));
  const bytes = toBytes(data, 'data', 'utf8', kData);
  if (!ArrayBuffer.isView(signature)) throw invalidArgType('signature', kView, signature);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const result = verifyWith(digest, bytes, key, toBytes(signature));
  if (callback === undefined) return result;
  setImmediate(callback, null, result);
}

function notInitialised() {
  return codedError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
}

// What Sign and Verify share: the digest and the data written or given to update().
class SignatureStream extends Writable {
  #digest;
  #chunks = [];

  constructor(algorithm, options) {
    super(options);
    validateString(algorithm, 'algorithm');
    validateDigest(algorithm, () => codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest'));
    this.#digest = algorithm;
  }

  _write(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  update(data, encoding) {
    if (this.#chunks === null) throw notInitialised();
    if (typeof data !== 'string' && !ArrayBuffer.isView(data)) throw invalidArgType('data', kData, data);
    this.#chunks.push(Buffer.from(toBytes(data, 'data', encoding, kData)));
    return this;
  }

  // The digest and all the data, once: a second sign() or verify() is an invalid state. The
  // key (a KeyObject) must sign a digest: Ed25519 and Ed448 sign whole messages only.
  finish(key) {
    if (this.#chunks === null) throw notInitialised();
    if (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448') {
      throw codedError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
    }
    const data = Buffer.concat(this.#chunks);
    this.#chunks = null;
    return [this.#digest, data];
  }
}

class Sign extends SignatureStream {
  // sign ( privateKey [ , outputEncoding ] )
  sign(privateKey, outputEncoding) {
    if (!privateKey) throw codedError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
    const [digest, data] = this.finish(prepareAsymmetricKey(privateKey, 'private'));
    return encodeOutput(signWith(digest, data, privateKey), outputEncoding);
  }
}

class Verify extends SignatureStream {
  // verify ( object, signature [ , signatureEncoding ] )
  verify(object, signature, signatureEncoding) {
    const [digest, data] = this.finish(prepareAsymmetricKey(object, 'public'));
    const bytes = toBytes(signature, 'signature', signatureEncoding, kData);
    return verifyWith(digest, data, object, bytes);
  }
}

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

module.exports = { Sign, Verify, createSign, createVerify, sign, verify };
