'use strict';
// KeyObject and its kinds. A secret key keeps its bytes; a public or private key keeps its
// canonical DER (SubjectPublicKeyInfo or PKCS#8), which the binding decodes for each operation.
// createSecretKey, createPublicKey and createPrivateKey make them; prepareSecretKey and
// prepareAsymmetricKey turn the key arguments other functions accept into what the binding
// takes.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');
const { normalizeEncoding } = require('internal/buffer/encodings');
const { opensslError } = require('internal/crypto/util');
const jwk = require('internal/crypto/jwk');

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
    const { CryptoKey, keyObjectOf } = require('internal/crypto/crypto_key');
    if (!(key instanceof CryptoKey)) throw invalidArgType('key', 'an instance of CryptoKey', key);
    return keyObjectOf(key);
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

// The bytes compared by equals(): a secret key's own, an asymmetric key's canonical DER.
function keyMaterial(key) {
  return key instanceof SecretKeyObject ? SecretKeyObject.material(key) : AsymmetricKeyObject.der(key);
}

// OpenSSL's digest names as Node reports them in key details.
function digestName(name) {
  const lower = name.toLowerCase();
  return lower.startsWith('sha2-') ? `sha${lower.slice(5)}` : lower;
}

// The PEM and DER structures export() and the binding name each key encoding by.
const kStructures = { pkcs1: 'type-specific', sec1: 'type-specific', pkcs8: 'PrivateKeyInfo', spki: 'SubjectPublicKeyInfo' };

function incompatible(message) {
  return codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', message);
}

// Checks that the encoding `type` suits a key of `keyType`.
function checkEncodingType(type, keyType) {
  if (type === 'pkcs1' && keyType !== 'rsa') throw incompatible('The selected key encoding pkcs1 can only be used for RSA keys.');
  if (type === 'sec1' && keyType !== 'ec') throw incompatible('The selected key encoding sec1 can only be used for EC keys.');
}

// Public and private keys: the canonical DER and what OpenSSL says about the key.
class AsymmetricKeyObject extends KeyObject {
  #der;
  #details;

  // `der` is an ArrayBuffer from the binding.
  constructor(type, der) {
    super(type, kCreate);
    this.#der = new Uint8Array(der);
  }

  get asymmetricKeyType() {
    return this.#info().asymmetricKeyType;
  }

  get asymmetricKeyDetails() {
    return { ...this.#info().details };
  }

  // The key's type and details, as Node names them.
  #info() {
    if (this.#details !== undefined) return this.#details;
    const [name, bits, exponent, curve, divisorBits, hash, mgf1Hash, saltLength] = binding.keyDetails(this.#der, this.type === 'private');
    const asymmetricKeyType = name === 'DHX' ? 'dh' : name.toLowerCase();
    const details = {};
    if (asymmetricKeyType === 'rsa' || asymmetricKeyType === 'rsa-pss') {
      details.modulusLength = bits;
      details.publicExponent = BigInt(`0x${exponent}`);
      if (hash) {
        details.hashAlgorithm = digestName(hash);
        // OpenSSL leaves out MGF1's digest when it is the default, SHA-1.
        details.mgf1HashAlgorithm = digestName(mgf1Hash || 'sha1');
        details.saltLength = saltLength;
      }
    } else if (asymmetricKeyType === 'dsa') {
      details.modulusLength = bits;
      details.divisorLength = divisorBits;
    } else if (asymmetricKeyType === 'ec') {
      details.namedCurve = curve;
    }
    this.#details = { asymmetricKeyType, details };
    return this.#details;
  }

  // export ( options ): PEM (a string) or DER (a Buffer) in options.type's encoding, maybe
  // encrypted; or a JWK object.
  export(options) {
    if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'of type object', options);
    const { format, type, cipher, passphrase } = options;
    if (format === 'jwk') return jwk.exportKey(this.#der, this.type === 'private', this.asymmetricKeyType, this.asymmetricKeyDetails);
    if (format !== 'pem' && format !== 'der') throw invalidArgValue('options.format', format);
    const types = this.type === 'public' ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!types.includes(type)) throw invalidArgValue('options.type', type);
    checkEncodingType(type, this.asymmetricKeyType);
    let passphraseBytes;
    if (cipher !== undefined && this.type === 'private') {
      if (typeof cipher !== 'string') throw invalidArgValue('options.cipher', cipher);
      if (typeof passphrase !== 'string' && !ArrayBuffer.isView(passphrase)) throw invalidArgValue('options.passphrase', passphrase);
      if (format === 'der' && type !== 'pkcs8') throw incompatible(`The selected key encoding ${type} does not support encryption.`);
      if (binding.cipherInfo(cipher) === undefined) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
      passphraseBytes = typeof passphrase === 'string' ? Buffer.from(passphrase) : passphrase;
    }
    const structure = passphraseBytes && type === 'pkcs8' ? 'EncryptedPrivateKeyInfo' : kStructures[type];
    const out = binding.keyEncode(this.#der, this.type === 'private', format.toUpperCase(), structure, false,
      passphraseBytes && cipher, passphraseBytes);
    if (out === false) throw opensslError('Failed to encode key');
    return format === 'pem' ? Buffer.from(out).toString('latin1') : Buffer.from(out);
  }

  static der(key) {
    return key.#der;
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(der) {
    super('public', der);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(der) {
    super('private', der);
  }
}

// [der, private] of a public or private key, for the binding.
function keyHandle(key) {
  return [AsymmetricKeyObject.der(key), key.type === 'private'];
}

// The public key of a private key.
function publicKeyOf(key) {
  const der = binding.keyEncode(AsymmetricKeyObject.der(key), true, 'DER', 'SubjectPublicKeyInfo', true);
  if (der === false) throw opensslError('Failed to derive the public key');
  return new PublicKeyObject(der);
}

const kKeyData = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

// The DER structure and OpenSSL key type each DER encoding names ('' for any: PKCS#8 may be
// encrypted or not).
const kDerInputs = { pkcs1: ['type-specific', 'RSA'], sec1: ['type-specific', 'EC'], pkcs8: ['', ''], spki: ['SubjectPublicKeyInfo', ''] };

// Decodes PEM or DER (of encoding `type`) key data into a key of `kind` ('public' or
// 'private'); a public key may come from private key data.
function decodeKey(data, format, type, passphrase, kind) {
  const [structure, keyType] = format === 'pem' ? ['', ''] : kDerInputs[type];
  const encoding = format === 'pem' ? 'PEM' : 'DER';
  const der = binding.keyDecode(data, encoding, structure, keyType, kind === 'private', passphrase);
  if (der === false && kind === 'public') {
    const privateDer = binding.keyDecode(data, encoding, structure, keyType, true, passphrase);
    if (privateDer !== false) return publicKeyOf(new PrivateKeyObject(privateDer));
  }
  if (der === false) throw opensslError('Failed to read the key');
  return kind === 'private' ? new PrivateKeyObject(der) : new PublicKeyObject(der);
}

// The key described by createPublicKey's and createPrivateKey's argument (and by the key
// arguments of sign, verify and the RSA functions): PEM text or bytes, or { key, format,
// type, passphrase, encoding } with format 'pem', 'der' or 'jwk'. `expected` describes the
// accepted kinds of key in errors.
function parseKeyInput(key, kind, expected = kKeyArgument) {
  if (typeof key === 'string' || ArrayBuffer.isView(key) || key instanceof ArrayBuffer) {
    return decodeKey(toKeyBytes(key, 'key', 'utf8', expected), 'pem', undefined, undefined, kind);
  }
  if (typeof key !== 'object' || key === null) throw invalidArgType('key', expected, key);
  const { key: data, format = 'pem', type, passphrase, encoding } = key;
  if (format === 'jwk') {
    if (typeof data !== 'object' || data === null) throw invalidArgType('key.key', 'of type object', data);
    const [der, isPrivate] = jwk.importKey(data, kind);
    const imported = isPrivate ? new PrivateKeyObject(der) : new PublicKeyObject(der);
    return kind === 'public' && isPrivate ? publicKeyOf(imported) : imported;
  }
  if (format !== 'pem' && format !== 'der') throw invalidArgValue('options.format', format);
  if (format === 'der') {
    const types = kind === 'public' ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!types.includes(type)) throw invalidArgValue('options.type', type);
  }
  const bytes = toKeyBytes(data, 'key.key', encoding, expected);
  let passphraseBytes;
  if (passphrase !== undefined && passphrase !== null) passphraseBytes = toKeyBytes(passphrase, 'key.passphrase', encoding, kKeyData);
  return decodeKey(bytes, format, type, passphraseBytes, kind);
}

function toKeyBytes(value, name, encoding, expected) {
  if (typeof value === 'string') return Buffer.from(value, normalizeEncoding(encoding) ?? 'utf8');
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw invalidArgType(name, expected, value);
}

function invalidKeyObjectType(key, expected) {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${key.type}, expected ${expected}.`);
}

// createPublicKey ( key ): from public or private key data, or a private KeyObject.
function createPublicKey(key) {
  if (key instanceof KeyObject) {
    if (key.type !== 'private') throw invalidKeyObjectType(key, 'private');
    return publicKeyOf(key);
  }
  return parseKeyInput(key, 'public');
}

// createPrivateKey ( key ): from private key data.
function createPrivateKey(key) {
  if (key instanceof KeyObject) throw invalidArgType('key', kKeyData, key);
  return parseKeyInput(key, 'private', kKeyData);
}

// The key a signing (private) or verifying (public) operation uses: a KeyObject (or CryptoKey)
// of a fitting type, or key data as createPrivateKey/createPublicKey take it (a verifying operation also
// takes private keys).
function prepareAsymmetricKey(key, kind) {
  key = unwrapCryptoKey(key);
  if (key instanceof KeyObject) {
    if (key.type === 'secret' || (kind === 'private' && key.type !== 'private')) {
      throw invalidKeyObjectType(key, kind === 'private' ? 'private' : 'public or private');
    }
    return key;
  }
  if (typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) && unwrapCryptoKey(key.key) instanceof KeyObject) {
    return prepareAsymmetricKey(key.key, kind);
  }
  if (kind === 'private') return parseKeyInput(key, 'private');
  // Verification accepts private key data as well.
  try {
    return parseKeyInput(key, 'public');
  } catch (error) {
    if (typeof key === 'object' && key?.format === 'jwk') throw error;
    return parseKeyInput(key, 'private');
  }
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

// A CryptoKey's KeyObject (other values as they are).
function unwrapCryptoKey(key) {
  const { CryptoKey, keyObjectOf } = require('internal/crypto/crypto_key');
  return key instanceof CryptoKey ? keyObjectOf(key) : key;
}

// The bytes of a symmetric key argument: a string (in `encoding`), binary data, or a secret
// KeyObject or CryptoKey.
function prepareSecretKey(key, encoding, name = 'key', expected = kKeyArgument) {
  key = unwrapCryptoKey(key);
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

// The key of privateDecrypt and privateEncrypt: private key data as such, anything else as
// prepareAsymmetricKey takes it for verification (OpenSSL then rejects public keys).
function preparePrivateKeyIfAny(key) {
  if (key instanceof KeyObject || key?.key instanceof KeyObject) return prepareAsymmetricKey(key, 'public');
  try {
    return parseKeyInput(key, 'private');
  } catch (error) {
    try {
      return parseKeyInput(key, 'public');
    } catch {
      throw error;
    }
  }
}

module.exports = {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, createSecretKey, createPublicKey, createPrivateKey,
  prepareSecretKey, prepareAsymmetricKey, preparePrivateKeyIfAny, keyHandle, publicKeyOf,
};
