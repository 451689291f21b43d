'use strict';
// Cipheriv and Decipheriv (streams over an OpenSSL cipher context), the legacy Cipher and
// Decipher keyed by a password, getCiphers and getCipherInfo. The binding's context lives until final() or until its object is collected.
// AEAD modes (GCM, CCM, OCB, chacha20-poly1305) add setAAD and the authentication tag.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { Transform } = require('stream');
const { StringDecoder } = require('string_decoder');
const { codedError, internalAssertion, invalidArgType, invalidArgValue, validateInteger, validateString } = require('internal/errors');
const { normalizeEncoding } = require('internal/buffer/encodings');
const { toBytes, binaryLike, encodeOutput, opensslError, invalidState } = require('internal/crypto/util');
const { hash } = require('internal/crypto/hash');
const { prepareSecretKey } = require('internal/crypto/key_object');

// The names of OpenSSL's EVP_CIPH_*_MODE numbers, as getCipherInfo reports them.
const kModes = {
  0: 'stream', 1: 'ecb', 2: 'cbc', 3: 'cfb', 4: 'ofb', 5: 'ctr', 6: 'gcm', 7: 'ccm',
  0x10001: 'xts', 0x10002: 'wrap', 0x10003: 'ocb', 0x10004: 'siv',
};
const kData = 'of type string or an instance of Buffer, TypedArray, or DataView';
const kIv = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

// What OpenSSL says of a cipher: { name, nid, blockSize, ivLength, keyLength, mode,
// variableKeyLength }, or undefined when no provider implements it.
function cipherDetails(nameOrNid) {
  const info = binding.cipherInfo(nameOrNid);
  if (info === undefined) return undefined;
  const [name, nid, blockSize, ivLength, keyLength, modeNumber, variableKeyLength] = info;
  const mode = kModes[modeNumber];
  return { name, nid, blockSize, ivLength, keyLength, mode, variableKeyLength };
}

// Whether the mode authenticates (and so how its IV and tag are checked).
function aeadKind(details) {
  if (details.name === 'chacha20-poly1305') return 'chacha20-poly1305';
  return ['gcm', 'ccm', 'ocb'].includes(details.mode) ? details.mode : undefined;
}

// The IV lengths each AEAD mode accepts (others take exactly their own length).
function validIvLength(details, length) {
  switch (aeadKind(details)) {
    case 'gcm': return length > 0;
    case 'ccm': return length >= 7 && length <= 13;
    case 'ocb': return length >= 1 && length <= 15;
    default: return length === details.ivLength;
  }
}

function validTagLength(kind, length) {
  switch (kind) {
    case 'gcm': return length === 4 || length === 8 || (length >= 12 && length <= 16);
    case 'ccm': return length >= 4 && length <= 16 && length % 2 === 0;
    default: return length >= 1 && length <= 16;
  }
}

function invalidTagLength(length) {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${length}`);
}

// The authTagLength option: required by CCM and OCB, 16 bytes by default for the others.
function authTagLengthOption(kind, cipherName, options) {
  const given = options?.authTagLength;
  if (given !== undefined && (!Number.isInteger(given) || given < 0 || given > 2 ** 31 - 1)) {
    throw invalidArgValue('options.authTagLength', given);
  }
  if (kind === undefined) return -1;
  if (given === undefined) {
    if (kind === 'ccm' || kind === 'ocb') {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `authTagLength required for ${cipherName}`);
    }
    return -1;
  }
  if (!validTagLength(kind, given)) throw invalidTagLength(given);
  return given;
}

function unsupportedState() {
  return new Error('Trying to add data in unsupported state');
}

const kGetAuthTag = Symbol('kGetAuthTag');
const kSetAuthTag = Symbol('kSetAuthTag');
const registry = new FinalizationRegistry((context) => binding.cipherFree(context));

// What Cipheriv and Decipheriv share: the context and the streaming of update() and final().
class CipherBase extends Transform {
  #context;
  #details;
  #encrypt;
  #aead;
  #authTagLength;
  #decoder = null;
  #authFailed = false;
  #authTag;
  #tagSet = false;

  constructor(cipher, key, iv, options, encrypt) {
    super(options);
    validateString(cipher, 'cipher');
    const keyBytes = prepareSecretKey(key, options?.encoding);
    const ivBytes = iv === null ? null : toBytes(iv, 'iv', undefined, kIv);
    const details = cipherDetails(cipher);
    if (details === undefined) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    if (!details.variableKeyLength && keyBytes.length !== details.keyLength) {
      throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    }
    const ivLength = ivBytes?.length ?? 0;
    if ((ivBytes === null && details.ivLength !== 0) || !validIvLength(details, ivLength)) {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    }
    this.#aead = aeadKind(details);
    const authTagLength = authTagLengthOption(this.#aead, cipher, options);
    const context = binding.cipherNew(cipher, keyBytes, ivBytes ?? new Uint8Array(0), encrypt, authTagLength);
    if (context === false) throw opensslError('Failed to initialize cipher');
    this.#context = context;
    this.#details = details;
    this.#encrypt = encrypt;
    this.#authTagLength = authTagLength === -1 ? 16 : authTagLength;
    registry.register(this, context, this);
  }

  // The context, or the error of `operation` once final() ran.
  #live(error) {
    if (this.#context === undefined) throw error();
    return this.#context;
  }

  // Bytes out, or a string through the output encoding's decoder (which keeps incomplete
  // characters for the next call).
  #output(bytes, outputEncoding, last) {
    if (outputEncoding === undefined || outputEncoding === 'buffer') return encodeOutput(bytes);
    if (this.#decoder === null) this.#decoder = new StringDecoder(outputEncoding);
    else if (this.#decoder.encoding !== normalizeEncoding(outputEncoding)) {
      throw internalAssertion('Cannot change encoding');
    }
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return last ? this.#decoder.end(buffer) : this.#decoder.write(buffer);
  }

  update(data, inputEncoding, outputEncoding) {
    if (typeof data === 'string') {
      if (normalizeEncoding(inputEncoding) === 'hex' && data.length % 2 !== 0) {
        throw invalidArgValue('encoding', inputEncoding, `is invalid for data of length ${data.length}`);
      }
    } else if (!ArrayBuffer.isView(data)) {
      throw invalidArgType('data', kData, data);
    }
    const context = this.#live(unsupportedState);
    const input = toBytes(data, 'data', inputEncoding, kData);
    const output = new Uint8Array(input.length + this.#details.blockSize);
    const written = binding.cipherUpdate(context, input, output);
    if (written === false) {
      // CCM checks the tag while decrypting: final() reports it.
      if (this.#aead === 'ccm' && !this.#encrypt) this.#authFailed = true;
      else throw unsupportedState();
    }
    return this.#output(output.subarray(0, written || 0), outputEncoding, false);
  }

  final(outputEncoding) {
    const context = this.#live(() => invalidState());
    const output = new Uint8Array(this.#details.blockSize);
    // CCM decryption has nothing left to check after update().
    const written = this.#aead === 'ccm' && !this.#encrypt && !this.#authFailed ? 0 : binding.cipherFinal(context, output);
    if (written === false || this.#authFailed) {
      this.#release();
      if (this.#aead !== undefined && !this.#encrypt) throw new Error('Unsupported state or unable to authenticate data');
      throw opensslError('Unsupported state');
    }
    if (this.#aead !== undefined && this.#encrypt) {
      const tag = new Uint8Array(this.#authTagLength);
      if (binding.cipherGetTag(context, tag)) this.#authTag = Buffer.from(tag.buffer);
    }
    this.#release();
    return this.#output(output.subarray(0, written), outputEncoding, true);
  }

  #release() {
    binding.cipherFree(this.#context);
    registry.unregister(this);
    this.#context = undefined;
  }

  setAutoPadding(autoPadding = true) {
    const context = this.#live(() => invalidState('setAutoPadding'));
    binding.cipherSetPadding(context, !!autoPadding);
    return this;
  }

  // setAAD ( buffer [ , options ] ): options.plaintextLength is needed by CCM.
  setAAD(buffer, options) {
    const context = this.#live(() => invalidState('setAAD'));
    const aad = toBytes(buffer, 'buffer', undefined, kData);
    const plaintextLength = options?.plaintextLength;
    if (this.#aead === 'ccm') {
      if (plaintextLength === undefined) {
        throw codedError(TypeError, 'ERR_MISSING_ARGS', 'options.plaintextLength required for CCM mode with AAD');
      }
      validateInteger(plaintextLength, 'options.plaintextLength', 0, 2 ** 31 - 1);
    }
    if (this.#aead === undefined || !binding.cipherSetAAD(context, aad, this.#aead === 'ccm' ? plaintextLength : -1)) {
      throw invalidState('setAAD');
    }
    return this;
  }

  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  }

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (error) {
      callback(error);
      return;
    }
    callback();
  }

  // Cipheriv's getAuthTag: the tag final() computed.
  [kGetAuthTag]() {
    if (this.#authTag === undefined) throw invalidState('getAuthTag');
    return this.#authTag;
  }

  // Decipheriv's setAuthTag: checks the tag and passes it on, once, before final().
  [kSetAuthTag](tag) {
    if (this.#context === undefined || this.#aead === undefined || this.#tagSet) throw invalidState('setAuthTag');
    const bytes = toBytes(tag, 'buffer', undefined, kIv);
    const explicit = this.#authTagLength !== 16 || this.#aead === 'ccm' || this.#aead === 'ocb';
    if (!validTagLength(this.#aead, bytes.length) || (explicit && bytes.length !== this.#authTagLength)) {
      throw invalidTagLength(bytes.length);
    }
    if (!binding.cipherSetTag(this.#context, bytes)) throw invalidState('setAuthTag');
    this.#tagSet = true;
  }
}

class Cipheriv extends CipherBase {
  constructor(cipher, key, iv, options) {
    super(cipher, key, iv, options, true);
  }

  getAuthTag() {
    return this[kGetAuthTag]();
  }
}

class Decipheriv extends CipherBase {
  constructor(cipher, key, iv, options) {
    super(cipher, key, iv, options, false);
  }

  setAuthTag(tagbuf, encoding) {
    this[kSetAuthTag](typeof tagbuf === 'string' ? Buffer.from(tagbuf, normalizeEncoding(encoding) ?? 'utf8') : tagbuf);
    return this;
  }
}

// The key and IV the legacy Cipher and Decipher derive from a password: OpenSSL's
// EVP_BytesToKey with MD5, one round and no salt (D1 = MD5(password), Dn = MD5(Dn-1 || password)).
function legacyKeyAndIv(cipher, password) {
  validateString(cipher, 'cipher');
  const passwordBytes = binaryLike(password, 'password');
  const details = cipherDetails(cipher);
  if (details === undefined) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  if (['ctr', 'gcm', 'ccm'].includes(details.mode)) process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  const blocks = [];
  for (let length = 0, previous = Buffer.alloc(0); length < details.keyLength + details.ivLength; length += previous.length) {
    previous = hash('md5', Buffer.concat([previous, passwordBytes]), 'buffer');
    blocks.push(previous);
  }
  const derived = Buffer.concat(blocks);
  return [derived.subarray(0, details.keyLength), derived.subarray(details.keyLength, details.keyLength + details.ivLength)];
}

// Cipher and Decipher ( cipher, password [ , options ] ): ciphers keyed from a password
// (deprecated by Node in favour of Cipheriv and Decipheriv).
class Cipher extends CipherBase {
  constructor(cipher, password, options) {
    const [key, iv] = legacyKeyAndIv(cipher, password);
    super(cipher, key, iv, options, true);
  }
}

class Decipher extends CipherBase {
  constructor(cipher, password, options) {
    const [key, iv] = legacyKeyAndIv(cipher, password);
    super(cipher, key, iv, options, false);
  }
}

// The same tag methods as Cipheriv's and Decipheriv's.
for (const [target, source, name] of [[Cipher, Cipheriv, 'getAuthTag'], [Decipher, Decipheriv, 'setAuthTag']]) {
  Object.defineProperty(target.prototype, name, Object.getOwnPropertyDescriptor(source.prototype, name));
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

let cipherNames;
function getCiphers() {
  cipherNames ??= binding.cipherNames().split('\n');
  return [...cipherNames];
}

// getCipherInfo ( nameOrNid [ , options ] ): what the cipher needs, or undefined when it is
// unknown or cannot take options.keyLength / options.ivLength.
function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw invalidArgType('nameOrNid', 'one of type string or number', nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInteger(nameOrNid, 'nameOrNid');
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw invalidArgType('options', 'of type object', options);
  }
  const { keyLength, ivLength } = options ?? {};
  if (keyLength !== undefined) validateInteger(keyLength, 'options.keyLength');
  if (ivLength !== undefined) validateInteger(ivLength, 'options.ivLength');
  const details = cipherDetails(nameOrNid);
  if (details === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== details.keyLength && !details.variableKeyLength) return undefined;
  if (ivLength !== undefined && ivLength !== details.ivLength && (aeadKind(details) === undefined || !validIvLength(details, ivLength))) {
    return undefined;
  }
  const info = { mode: details.mode, name: details.name, nid: details.nid };
  if (details.mode !== 'stream') info.blockSize = details.blockSize;
  if (details.ivLength !== 0 || ivLength !== undefined) info.ivLength = ivLength ?? details.ivLength;
  info.keyLength = keyLength ?? details.keyLength;
  return info;
}

module.exports = { Cipher, Decipher, Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers, getCipherInfo };
