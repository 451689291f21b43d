'use strict';
// KeyObject and its secret kind: a symmetric key's bytes, kept private, exported as bytes or
// JWK. createSecretKey makes one; prepareSecretKey turns any accepted key argument (bytes,
// string, secret KeyObject) into bytes for the binding.

const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');
const { normalizeEncoding } = require('internal/buffer/encodings');
const { notImplemented } = require('internal/crypto/util');

const kKeyTypes = ['secret', 'public', 'private'];
const kBinary = 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const kKeyArgument = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';

// Keys are made here only: the constructors check this token.
const kCreate = Symbol('kCreate');

class KeyObject {
  #type;

  constructor(type, handle) {
    if (!kKeyTypes.includes(type)) throw invalidArgValue('type', type);
    if (handle !== kCreate) throw invalidArgType('handle', 'of type object', handle);
    this.#type = type;
  }

  get type() {
    return this.#type;
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) throw invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
    return otherKeyObject.type === this.type && Buffer.compare(keyMaterial(this), keyMaterial(otherKeyObject)) === 0;
  }

  static from(key) {
    throw invalidArgType('key', 'an instance of CryptoKey', key);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  #bytes;

  constructor(bytes) {
    super('secret', kCreate);
    this.#bytes = Buffer.from(bytes);
  }

  get symmetricKeySize() {
    return this.#bytes.length;
  }

  // export ( [ options ] ): the bytes, or { kty: 'oct', k } for options.format 'jwk'.
  export(options) {
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw invalidArgType('options', 'of type object', options);
    }
    const format = options?.format;
    if (format === 'jwk') return { kty: 'oct', k: this.#bytes.toString('base64url') };
    if (format !== undefined && format !== 'buffer') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.format' must be one of: undefined, 'buffer', 'jwk'. Received ${require('internal/util/inspect').inspect(format)}`);
    }
    return Buffer.from(this.#bytes);
  }

  static material(key) {
    return key.#bytes;
  }
}

// The bytes compared by equals(): a secret key's own (other kinds add theirs).
function keyMaterial(key) {
  if (key instanceof SecretKeyObject) return SecretKeyObject.material(key);
  throw notImplemented('KeyObject.equals');
}

// createSecretKey ( key [ , encoding ] )
function createSecretKey(key, encoding) {
  if (typeof key === 'string') {
    const name = normalizeEncoding(encoding ?? 'utf8');
    if (name === undefined) throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
    return new SecretKeyObject(Buffer.from(key, name));
  }
  if (ArrayBuffer.isView(key)) return new SecretKeyObject(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
  if (key instanceof ArrayBuffer) return new SecretKeyObject(new Uint8Array(key));
  throw invalidArgType('key', kBinary, key);
}

// The bytes of a symmetric key argument: a string (in `encoding`), binary data or a secret
// KeyObject.
function prepareSecretKey(key, encoding, name = 'key', expected = kKeyArgument) {
  if (key instanceof KeyObject) {
    if (!(key instanceof SecretKeyObject)) {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${key.type}, expected secret.`);
    }
    return SecretKeyObject.material(key);
  }
  if (typeof key === 'string') return Buffer.from(key, normalizeEncoding(encoding) ?? 'utf8');
  if (ArrayBuffer.isView(key)) return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  if (key instanceof ArrayBuffer || key instanceof SharedArrayBuffer) return new Uint8Array(key);
  throw invalidArgType(name, expected, key);
}

module.exports = { KeyObject, SecretKeyObject, createSecretKey, prepareSecretKey };
