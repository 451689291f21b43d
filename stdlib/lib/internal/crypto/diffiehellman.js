'use strict';
// Diffie-Hellman: the classic DiffieHellman objects (createDiffieHellman with a prime or a prime
// length, the MODP groups of getDiffieHellman), whose arithmetic is modular exponentiation in
// the binding, and diffieHellman({ privateKey, publicKey }) between KeyObjects (ECDH, X25519,
// X448, DH).

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');
const { toBytes, encodeOutput, opensslError } = require('internal/crypto/util');
const { randomFillSync } = require('internal/crypto/random');
const { normalizeEncoding } = require('internal/buffer/encodings');
const { KeyObject, keyHandle, publicKeyOf } = require('internal/crypto/key_object');

const kAgreementTypes = ['dh', 'ec', 'x448', 'x25519'];

function diffieHellman(options) {
  if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'of type object', options);
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) throw invalidArgValue('options.privateKey', privateKey);
  if (!(publicKey instanceof KeyObject)) throw invalidArgValue('options.publicKey', publicKey);
  if (privateKey.type !== 'private') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${privateKey.type}, expected private.`);
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${publicKey.type}, expected private or public.`);
  }
  const ownType = privateKey.asymmetricKeyType;
  const peerType = publicKey.asymmetricKeyType;
  if (ownType !== peerType || !kAgreementTypes.includes(ownType)) {
    throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', `Incompatible key types for Diffie-Hellman: ${ownType} and ${peerType}`);
  }
  const [peer] = keyHandle(publicKey.type === 'private' ? publicKeyOf(publicKey) : publicKey);
  const secret = binding.deriveSecret(keyHandle(privateKey)[0], peer);
  if (secret === false) throw opensslError('Failed to derive the shared secret');
  return Buffer.from(secret);
}

// The MODP groups by Node's names: their sizes in bits (RFC 2409 and 3526; generator 2).
const kGroups = { modp1: 768, modp2: 1024, modp5: 1536, modp14: 2048, modp15: 3072, modp16: 4096, modp17: 6144, modp18: 8192 };
const kBinary = 'one of type number or string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const kKey = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
// DH_check's flags, as verifyError reports them.
const { DH_CHECK_P_NOT_PRIME, DH_CHECK_P_NOT_SAFE_PRIME, DH_NOT_SUITABLE_GENERATOR } = require('internal/crypto/constants').constants;
const kModulusTooSmall = 0x80;
const kModulusTooLarge = 0x100;

const toBigint = (bytes) => (bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`));

function bigintToBytes(value) {
  const hex = value.toString(16);
  return Uint8Array.from(Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex'));
}

// What OpenSSL's DH_check finds wrong with a prime and generator (0: nothing).
function checkParameters(prime, generator) {
  const p = toBigint(prime);
  const g = toBigint(generator);
  const bits = p.toString(2).length;
  let flags = 0;
  if (p % 2n === 0n || !binding.primeCheck(prime)) flags |= DH_CHECK_P_NOT_PRIME;
  else if (!binding.primeCheck(bigintToBytes((p - 1n) / 2n))) flags |= DH_CHECK_P_NOT_SAFE_PRIME;
  if (g <= 1n || g >= p - 1n) flags |= DH_NOT_SUITABLE_GENERATOR;
  if (bits < 512) flags |= kModulusTooSmall;
  if (bits > 10000) flags |= kModulusTooLarge;
  return flags;
}

// The private key lengths OpenSSL gives the RFC 3526 groups (twice their security strength).
const kGroupPrivateKeyBits = { 1536: 200, 2048: 225, 3072: 275, 4096: 325, 6144: 375, 8192: 400 };

// A random private exponent as OpenSSL makes them: for a known group's prime, any number below
// 2 ^ (its private key length); for another prime, a number one bit shorter than the prime with
// its top bit set.
function randomPrivateKey(prime) {
  const primeBits = toBigint(prime).toString(2).length;
  const groupBits = kGroupPrivateKeyBits[primeBits];
  const known = groupBits !== undefined && Buffer.from(binding.modpPrime(primeBits)).equals(prime);
  const bits = known ? groupBits : primeBits - 1;
  const key = randomFillSync(new Uint8Array(Math.ceil(bits / 8)));
  const topBits = bits % 8 || 8;
  key[0] &= (1 << topBits) - 1;
  if (!known) key[0] |= 1 << (topBits - 1);
  return key;
}

function missingKey(which) {
  return codedError(Error, 'ERR_CRYPTO_INVALID_STATE', `No ${which} key - did you forget to generate one?`);
}

function bytesOf(bytes) {
  return Uint8Array.from(bytes);
}

// What DiffieHellman and DiffieHellmanGroup share: the group (prime, generator) and the keys,
// all as big-endian bytes.
class DiffieHellmanBase {
  #prime;
  #generator;
  #verifyError;
  #privateKey;
  #publicKey;

  constructor(prime, generator, verifyError) {
    this.#prime = prime;
    this.#generator = generator;
    this.#verifyError = verifyError;
  }

  get verifyError() {
    return this.#verifyError;
  }

  // generateKeys ( [ encoding ] ): a private key (unless one was set) and its public key.
  generateKeys(encoding) {
    if (this.#privateKey === undefined) {
      this.#privateKey = randomPrivateKey(this.#prime);
    }
    this.#publicKey = new Uint8Array(binding.modExp(this.#generator, this.#privateKey, this.#prime));
    return this.getPublicKey(encoding);
  }

  // computeSecret ( otherPublicKey [ , inputEncoding [ , outputEncoding ] ] ): the shared
  // secret, as long as the prime.
  computeSecret(key, inputEncoding, outputEncoding) {
    const peer = toBytes(key, 'key', inputEncoding, kKey);
    if (this.#privateKey === undefined) throw missingKey('private');
    const value = toBigint(peer);
    if (value <= 1n) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
    if (value >= toBigint(this.#prime) - 1n) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
    const secret = new Uint8Array(binding.modExp(peer, this.#privateKey, this.#prime));
    const padded = new Uint8Array(this.#prime.length);
    padded.set(secret, padded.length - secret.length);
    return encodeOutput(padded, outputEncoding);
  }

  getPrime(encoding) {
    return encodeOutput(bytesOf(this.#prime), encoding);
  }

  getGenerator(encoding) {
    return encodeOutput(bytesOf(this.#generator), encoding);
  }

  getPublicKey(encoding) {
    if (this.#publicKey === undefined) throw missingKey('public');
    return encodeOutput(bytesOf(this.#publicKey), encoding);
  }

  getPrivateKey(encoding) {
    if (this.#privateKey === undefined) throw missingKey('private');
    return encodeOutput(bytesOf(this.#privateKey), encoding);
  }

  // For DiffieHellman's setters.
  static setKey(dh, which, key, encoding) {
    const bytes = bytesOf(toBytes(key, 'key', encoding, kKey));
    if (which === 'public') dh.#publicKey = bytes;
    else dh.#privateKey = bytes;
  }
}

class DiffieHellman extends DiffieHellmanBase {
  // DiffieHellman ( prime [ , primeEncoding ] [ , generator [ , generatorEncoding ] ] ), or
  // with a prime length, a new safe prime of that many bits.
  constructor(sizeOrKey, keyEncoding, generator, genEncoding) {
    if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !ArrayBuffer.isView(sizeOrKey) &&
        !(sizeOrKey instanceof ArrayBuffer)) {
      throw invalidArgType('sizeOrKey', kBinary, sizeOrKey);
    }
    // The encoding may be left out: (prime, generator [ , generatorEncoding ]).
    if (keyEncoding && keyEncoding !== 'buffer' && (typeof keyEncoding !== 'string' || normalizeEncoding(keyEncoding) === undefined)) {
      [keyEncoding, generator, genEncoding] = [undefined, keyEncoding, generator];
    }
    generator ??= 2;
    if (typeof generator !== 'number' && typeof generator !== 'string' && !ArrayBuffer.isView(generator) &&
        !(generator instanceof ArrayBuffer)) {
      throw invalidArgType('generator', kBinary, generator);
    }
    const generatorBytes = typeof generator === 'number' ? numberToBytes(generator) : bytesOf(toBytes(generator, 'generator', genEncoding, kKey));
    if (toBigint(generatorBytes) < 2n) throw dhError('BAD_GENERATOR', '02800065', 'bad generator');
    if (typeof sizeOrKey === 'number') {
      const prime = generateSafePrime(sizeOrKey, toBigint(generatorBytes));
      super(prime, generatorBytes, checkParameters(prime, generatorBytes));
      return;
    }
    const prime = bytesOf(toBytes(sizeOrKey, 'sizeOrKey', keyEncoding, kKey));
    super(prime, generatorBytes, checkParameters(prime, generatorBytes));
  }

  setPublicKey(key, encoding) {
    DiffieHellmanBase.setKey(this, 'public', key, encoding);
    return this;
  }

  setPrivateKey(key, encoding) {
    DiffieHellmanBase.setKey(this, 'private', key, encoding);
    return this;
  }
}

class DiffieHellmanGroup extends DiffieHellmanBase {
  constructor(name) {
    if (typeof name !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
    const bits = kGroups[name];
    if (bits === undefined) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
    super(new Uint8Array(binding.modpPrime(bits)), Uint8Array.of(2), 0);
  }
}

function numberToBytes(value) {
  return bigintToBytes(BigInt(Math.max(0, Math.trunc(value))));
}

// An error as OpenSSL's Diffie-Hellman routines report it.
function dhError(reason, number, text) {
  const error = new Error(`error:${number}:Diffie-Hellman routines::${text}`);
  error.library = 'Diffie-Hellman routines';
  error.reason = text;
  error.code = `ERR_OSSL_DH_${reason}`;
  return error;
}

// A safe prime of `bits` bits that suits the generator as OpenSSL makes DH parameters
// (p % 24 == 23 for 2, p % 60 == 59 for 5, p % 12 == 11 otherwise).
function generateSafePrime(bits, generator) {
  if (bits < 512) throw dhError('MODULUS_TOO_SMALL', '0280007E', 'modulus too small');
  const [add, rem] = generator === 2n ? [24, 23] : generator === 5n ? [60, 59] : [12, 11];
  const prime = binding.primeGenerate(bits, true, Uint8Array.of(add), Uint8Array.of(rem));
  if (prime === false) throw opensslError('Prime generation failed');
  return new Uint8Array(prime);
}

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function getDiffieHellman(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = {
  diffieHellman, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, getDiffieHellman,
  createDiffieHellmanGroup: getDiffieHellman,
};
