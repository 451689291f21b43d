'use strict';
// Hash and Hmac objects over OpenSSL's digests, and the one-shot hash(). The objects keep the
// data they are given and hash it all when digest() is called: the binding holds no state.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue, validateString, validateInteger } = require('internal/errors');
const { toBytes, encodeOutput, validateDigest, invalidDigest } = require('internal/crypto/util');
const { normalizeEncoding } = require('internal/buffer/encodings');
const { prepareSecretKey } = require('internal/crypto/key_object');

const kData = 'of type string or an instance of Buffer, TypedArray, or DataView';

// The data of update() and hash(): strings and views, not bare ArrayBuffers.
function dataBytes(data, encoding) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) throw invalidArgType('data', kData, data);
  // Copied: the caller may change its buffer before digest().
  return Uint8Array.from(toBytes(data, 'data', encoding, kData));
}

function concat(chunks) {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

function finalized() {
  return codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

// The bytes digested so far; digest() and update() fail once digest() ran.
class DigestInput {
  #chunks = [];
  #finalized = false;

  add(data, encoding) {
    if (this.#finalized) throw finalized();
    this.#chunks.push(dataBytes(data, encoding));
  }

  take() {
    if (this.#finalized) throw finalized();
    this.#finalized = true;
    const all = concat(this.#chunks);
    this.#chunks = [];
    return all;
  }

  copyTo(other) {
    if (this.#finalized) throw finalized();
    other.#chunks = [...this.#chunks];
  }
}

// The output length for `algorithm`: its size, or options.outputLength for shake128/256.
function outputLength(algorithm, options) {
  const size = binding.digestSize(algorithm);
  const requested = options?.outputLength;
  if (requested === undefined) return size;
  validateInteger(requested, 'options.outputLength', 0, 2 ** 32 - 1);
  if (requested !== size && !binding.isXof(algorithm)) {
    throw codedError(Error, 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH', 'error:030000B2:digital envelope routines::not XOF or invalid length');
  }
  return requested;
}

function runDigest(algorithm, bytes, length) {
  const out = new Uint8Array(length);
  if (length > 0 && !binding.digest(algorithm, bytes, out)) throw new Error('Digest method not supported');
  return out;
}

class Hash {
  #algorithm;
  #length;
  #input = new DigestInput();

  constructor(algorithm, options) {
    if (!(this instanceof Hash)) return new Hash(algorithm, options);
    if (algorithm instanceof Hash) {
      this.#algorithm = algorithm.#algorithm;
      this.#length = outputLength(this.#algorithm, options ?? { outputLength: algorithm.#length });
      algorithm.#input.copyTo(this.#input);
      return;
    }
    validateString(algorithm, 'algorithm');
    validateDigest(algorithm, () => new Error('Digest method not supported'));
    this.#algorithm = algorithm;
    this.#length = outputLength(algorithm, options);
  }

  update(data, inputEncoding) {
    this.#input.add(data, inputEncoding);
    return this;
  }

  digest(outputEncoding) {
    return encodeOutput(runDigest(this.#algorithm, this.#input.take(), this.#length), outputEncoding);
  }

  copy(options) {
    return new Hash(this, options);
  }
}

class Hmac {
  #algorithm;
  #key;
  #input = new DigestInput();

  constructor(hmac, key, options) {
    if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
    validateString(hmac, 'hmac');
    const bytes = prepareSecretKey(key, options?.encoding);
    validateDigest(hmac, () => invalidDigest(hmac));
    this.#algorithm = hmac;
    this.#key = Uint8Array.from(bytes);
  }

  update(data, inputEncoding) {
    this.#input.add(data, inputEncoding);
    return this;
  }

  // A second digest() returns an empty result, as Node's does.
  digest(outputEncoding) {
    let out = new Uint8Array(0);
    try {
      const data = this.#input.take();
      out = new Uint8Array(binding.digestSize(this.#algorithm));
      binding.hmac(this.#algorithm, this.#key, data, out);
    } catch (error) {
      if (error.code !== 'ERR_CRYPTO_HASH_FINALIZED') throw error;
    }
    return encodeOutput(out, outputEncoding);
  }
}

// hash ( algorithm, data [ , outputEncoding ] ): one-shot digest, hex by default.
function hash(algorithm, data, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) throw invalidArgType('input', kData, data);
  validateString(outputEncoding, 'outputEncoding');
  if (outputEncoding !== 'buffer' && normalizeEncoding(outputEncoding) === undefined) {
    throw invalidArgValue('outputEncoding', outputEncoding);
  }
  const size = validateDigest(algorithm, () => new Error(`Digest method ${algorithm} is not supported`));
  return encodeOutput(runDigest(algorithm, toBytes(data, 'data', 'utf8', kData), size), outputEncoding);
}

let hashNames;
function getHashes() {
  hashNames ??= binding.digestNames().split('\n');
  return [...hashNames];
}

module.exports = { Hash, Hmac, hash, getHashes };
