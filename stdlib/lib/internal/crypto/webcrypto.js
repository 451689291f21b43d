'use strict';
// Web Crypto (globalThis.crypto): getRandomValues, randomUUID and SubtleCrypto over the node:crypto
// building blocks. SubtleCrypto covers digest; HMAC, AES-GCM/CBC/CTR, RSASSA-PKCS1-v1_5, RSA-PSS,
// RSA-OAEP, ECDSA, ECDH, Ed25519, X25519, PBKDF2 and HKDF keys (generate, import and export in
// raw, JWK, SPKI and PKCS#8); sign/verify, encrypt/decrypt, deriveBits/deriveKey, wrapKey/
// unwrapKey. What it does not cover (AES-KW, Ed448, X448) rejects with a NotSupportedError.

const { Buffer } = require('buffer');
const { getRandomValues, randomUUID, randomBytes } = require('internal/crypto/random');
const { DOMException } = require('internal/dom_exception');
const { hash, Hmac } = require('internal/crypto/hash');
const { createCipheriv, createDecipheriv } = require('internal/crypto/cipher');
const { createSecretKey, createPublicKey, createPrivateKey } = require('internal/crypto/key_object');
const { sign: signData, verify: verifyData } = require('internal/crypto/sig');
const { publicEncrypt, privateDecrypt } = require('internal/crypto/rsa_cipher');
const { generateKeyPairSync } = require('internal/crypto/keygen');
const { diffieHellman } = require('internal/crypto/diffiehellman');
const { pbkdf2Sync } = require('internal/crypto/keys');
const { hkdfSync } = require('internal/crypto/hkdf');
const { CryptoKey, createCryptoKey, keyObjectOf } = require('internal/crypto/crypto_key');
const { constants } = require('internal/crypto/constants');

// The algorithm names Web Crypto knows, spelled as the specification spells them.
const kAlgorithms = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW',
  'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'ECDSA', 'ECDH', 'Ed25519', 'Ed448', 'X25519', 'X448', 'PBKDF2', 'HKDF'];
// Node's digest names and sizes for Web Crypto's.
const kDigests = { 'SHA-1': ['sha1', 160], 'SHA-256': ['sha256', 256], 'SHA-384': ['sha384', 384], 'SHA-512': ['sha512', 512] };
// HMAC keys are by default as long as their digest's block.
const kHmacBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kRsa = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kAes = ['AES-GCM', 'AES-CBC', 'AES-CTR'];

function domError(message, name) {
  return new DOMException(message, name);
}

function notSupported(what) {
  return domError(`${what} is not implemented in Sable`, 'NotSupportedError');
}

// The algorithm as a dictionary with its canonical name (and a normalized hash).
function normalize(algorithm) {
  const dictionary = typeof algorithm === 'string' ? { name: algorithm } : { ...algorithm };
  const name = kAlgorithms.find((known) => known.toLowerCase() === `${dictionary.name}`.toLowerCase());
  if (name === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  dictionary.name = name;
  if (dictionary.hash !== undefined) dictionary.hash = normalize(dictionary.hash);
  return dictionary;
}

function digestName(hashAlgorithm) {
  const digest = kDigests[hashAlgorithm?.name];
  if (digest === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return digest[0];
}

function bytes(data) {
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  throw new TypeError('Failed to execute: argument is not of type BufferSource');
}

const arrayBuffer = (buffer) => Uint8Array.from(buffer).buffer;

// Checks that the key is of the algorithm `name` and allows `usage`, with Node's words for each
// operation.
function checkKey(key, name, usage) {
  if (!(key instanceof CryptoKey)) throw new TypeError('The key argument must be a CryptoKey');
  const usable = key.usages.includes(usage);
  const invalid = (message) => domError(message, 'InvalidAccessError');
  if (usage === 'deriveBits' || usage === 'deriveKey') {
    if (!usable) throw invalid(`baseKey does not have ${usage} usage`);
    if (key.algorithm.name !== name) throw invalid('Key algorithm mismatch');
  } else if (!usable || key.algorithm.name !== name) {
    throw invalid(usage === 'sign' || usage === 'verify' ? `Unable to use this key to ${usage}` : 'The requested operation is not valid for the provided key');
  }
}

// The usages each kind of key may have.
function allowedUsages(name, type) {
  switch (name) {
    case 'HMAC': return ['sign', 'verify'];
    case 'AES-GCM': case 'AES-CBC': case 'AES-CTR': return ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
    case 'RSA-OAEP': return type === 'public' ? ['encrypt', 'wrapKey'] : ['decrypt', 'unwrapKey'];
    case 'ECDH': case 'X25519': return type === 'public' ? [] : ['deriveKey', 'deriveBits'];
    case 'PBKDF2': case 'HKDF': return ['deriveKey', 'deriveBits'];
    default: return type === 'public' ? ['verify'] : ['sign'];
  }
}

// How usage errors name each kind of key.
const kKeyKinds = {
  HMAC: 'an HMAC', 'AES-GCM': 'an AES', 'AES-CBC': 'an AES', 'AES-CTR': 'an AES', PBKDF2: 'a PBKDF2', HKDF: 'a HKDF',
  ECDSA: 'an ECDSA', ECDH: 'an ECDH', 'RSASSA-PKCS1-v1_5': 'a RSA', 'RSA-PSS': 'a RSA', 'RSA-OAEP': 'a RSA',
  Ed25519: 'an Ed25519', X25519: 'an X25519',
};

// Checks that every usage suits a key of the algorithm (`types` the key types made).
function checkUsages(name, usages, types) {
  const allowed = types.flatMap((type) => allowedUsages(name, type));
  if (usages.some((usage) => !allowed.includes(usage))) {
    throw domError(`Unsupported key usage for ${kKeyKinds[name]} key`, 'SyntaxError');
  }
}

// A CryptoKey over the KeyObject with the usages that suit its type; `action` ('importing' or
// 'creating') words the error for a secret or private key left without usages.
function makeKey(keyObject, algorithm, extractable, usages, action) {
  const own = usages.filter((usage) => allowedUsages(algorithm.name, keyObject.type).includes(usage));
  if (keyObject.type !== 'public' && own.length === 0) {
    throw domError(`Usages cannot be empty when ${action === 'creating' ? 'creating a' : `importing a ${keyObject.type}`} key.`, 'SyntaxError');
  }
  return createCryptoKey(keyObject, algorithm, keyObject.type === 'public' ? true : extractable, own);
}

// The algorithm a CryptoKey reports for an imported or generated key.
function keyAlgorithm(algorithm, keyObject) {
  const { name } = algorithm;
  if (name === 'HMAC') return { name, hash: { name: algorithm.hash.name }, length: keyObject.symmetricKeySize * 8 };
  if (kAes.includes(name)) return { name, length: keyObject.symmetricKeySize * 8 };
  if (kRsa.includes(name)) {
    const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
    const exponent = Buffer.from(publicExponent.toString(16).padStart(6, '0'), 'hex');
    return { name, modulusLength, publicExponent: new Uint8Array(exponent), hash: { name: algorithm.hash.name } };
  }
  if (name === 'ECDSA' || name === 'ECDH') return { name, namedCurve: algorithm.namedCurve };
  return { name };
}

const subtleMethods = {
  async digest(algorithm, data) {
    const { name } = normalize(algorithm);
    if (kDigests[name] === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
    return arrayBuffer(hash(kDigests[name][0], bytes(data), 'buffer'));
  },

  async generateKey(algorithm, extractable, usages) {
    const normalized = normalize(algorithm);
    const { name } = normalized;
    checkUsages(name, usages, ['secret', 'public', 'private']);
    if (name === 'HMAC') {
      const length = normalized.length ?? kHmacBlockBits[normalized.hash.name];
      const key = createSecretKey(randomBytes(Math.ceil(length / 8)));
      // Generated HMAC keys list their length before their hash.
      return makeKey(key, { name, length, hash: { name: normalized.hash.name } }, extractable, usages, 'creating');
    }
    if (kAes.includes(name)) {
      if (![128, 192, 256].includes(normalized.length)) throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
      const key = createSecretKey(randomBytes(normalized.length / 8));
      return makeKey(key, keyAlgorithm(normalized, key), extractable, usages, 'creating');
    }
    let pair;
    if (kRsa.includes(name)) {
      const exponent = Number(`0x${Buffer.from(normalized.publicExponent).toString('hex') || '0'}`);
      pair = generateKeyPairSync('rsa', { modulusLength: normalized.modulusLength, publicExponent: exponent });
    } else if (name === 'ECDSA' || name === 'ECDH') {
      if (kCurves[normalized.namedCurve] === undefined) throw domError('Unrecognized namedCurve', 'NotSupportedError');
      pair = generateKeyPairSync('ec', { namedCurve: kCurves[normalized.namedCurve] });
    } else if (name === 'Ed25519' || name === 'X25519') {
      pair = generateKeyPairSync(name.toLowerCase());
    } else {
      throw notSupported(`crypto.subtle.generateKey with ${name}`);
    }
    const keyAlgo = keyAlgorithm(normalized, pair.publicKey);
    const publicUsages = usages.filter((usage) => allowedUsages(name, 'public').includes(usage));
    return {
      publicKey: createCryptoKey(pair.publicKey, keyAlgo, true, publicUsages),
      privateKey: makeKey(pair.privateKey, keyAlgo, extractable, usages, 'creating'),
    };
  },

  async importKey(format, keyData, algorithm, extractable, usages) {
    const normalized = normalize(algorithm);
    const { name } = normalized;
    let keyObject;
    if (format === 'raw') {
      if (name === 'HMAC' || kAes.includes(name) || name === 'PBKDF2' || name === 'HKDF') {
        keyObject = createSecretKey(bytes(keyData));
        if (kAes.includes(name) && ![16, 24, 32].includes(keyObject.symmetricKeySize)) {
          throw domError('Invalid key length', 'DataError');
        }
      } else if (name === 'ECDSA' || name === 'ECDH' || name === 'Ed25519' || name === 'X25519') {
        keyObject = createPublicKey({ key: rawPublicJwk(name, normalized.namedCurve, bytes(keyData)), format: 'jwk' });
      } else {
        throw notSupported(`crypto.subtle.importKey('raw') with ${name}`);
      }
    } else if (format === 'jwk') {
      if (keyData.kty === 'oct') keyObject = createSecretKey(Buffer.from(keyData.k, 'base64url'));
      else keyObject = keyData.d === undefined ? createPublicKey({ key: keyData, format: 'jwk' }) : createPrivateKey({ key: keyData, format: 'jwk' });
    } else if (format === 'spki') {
      keyObject = createPublicKey({ key: bytes(keyData), format: 'der', type: 'spki' });
    } else if (format === 'pkcs8') {
      keyObject = createPrivateKey({ key: bytes(keyData), format: 'der', type: 'pkcs8' });
    } else {
      throw new TypeError(`Unsupported key format: ${format}`);
    }
    checkUsages(name, usages, [keyObject.type]);
    return makeKey(keyObject, keyAlgorithm(normalized, keyObject), extractable, usages, 'importing');
  },

  async exportKey(format, key) {
    if (!(key instanceof CryptoKey)) throw new TypeError('The key argument must be a CryptoKey');
    // Node names this error InvalidAccessException.
    if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessException');
    const keyObject = keyObjectOf(key);
    if (format === 'raw') {
      if (keyObject.type === 'secret') return arrayBuffer(keyObject.export());
      if (keyObject.type === 'public') return arrayBuffer(rawPublicKey(keyObject));
    } else if (format === 'jwk') {
      const jwk = { key_ops: [...key.usages], ext: key.extractable, ...keyObject.export({ format: 'jwk' }) };
      const alg = jwkAlgorithm(key.algorithm);
      if (alg !== undefined) jwk.alg = alg;
      return jwk;
    } else if (format === 'spki' && keyObject.type === 'public') {
      return arrayBuffer(keyObject.export({ format: 'der', type: 'spki' }));
    } else if (format === 'pkcs8' && keyObject.type === 'private') {
      return arrayBuffer(keyObject.export({ format: 'der', type: 'pkcs8' }));
    }
    throw domError(`Unable to export a ${format} ${key.algorithm.name} ${key.type} key`, 'InvalidAccessError');
  },

  async sign(algorithm, key, data) {
    const normalized = normalize(algorithm);
    checkKey(key, normalized.name, 'sign');
    return arrayBuffer(signature(normalized, key, bytes(data)));
  },

  async verify(algorithm, key, signatureData, data) {
    const normalized = normalize(algorithm);
    checkKey(key, normalized.name, 'verify');
    const keyObject = keyObjectOf(key);
    const message = bytes(data);
    const given = bytes(signatureData);
    if (normalized.name === 'HMAC') {
      const expected = new Hmac(digestName(key.algorithm.hash), keyObject.export()).update(message).digest();
      return expected.length === given.length && expected.equals(given);
    }
    return verifyData(...signatureArguments(normalized, key, keyObject, message), given);
  },

  async encrypt(algorithm, key, data) {
    const normalized = normalize(algorithm);
    checkKey(key, normalized.name, 'encrypt');
    return arrayBuffer(cipherOperation(normalized, key, bytes(data), true));
  },

  async decrypt(algorithm, key, data) {
    const normalized = normalize(algorithm);
    checkKey(key, normalized.name, 'decrypt');
    return arrayBuffer(cipherOperation(normalized, key, bytes(data), false));
  },

  async deriveBits(algorithm, baseKey, length) {
    const normalized = normalize(algorithm);
    checkKey(baseKey, normalized.name, 'deriveBits');
    return arrayBuffer(derive(normalized, baseKey, length));
  },

  async deriveKey(algorithm, baseKey, derivedKeyType, extractable, usages) {
    const normalized = normalize(algorithm);
    checkKey(baseKey, normalized.name, 'deriveKey');
    const target = normalize(derivedKeyType);
    const length = target.length ?? (target.name === 'HMAC' ? kDigests[target.hash.name][1] : undefined);
    if (length === undefined) throw domError('The derived key needs a length', 'OperationError');
    return subtleMethods.importKey('raw', derive(normalized, baseKey, length), target, extractable, usages);
  },

  // wrapKey ( format, key, wrappingKey, wrapAlgorithm ): the key exported (a JWK as JSON text)
  // and encrypted.
  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    const normalized = normalize(wrapAlgorithm);
    checkKey(wrappingKey, normalized.name, 'wrapKey');
    const exported = await subtleMethods.exportKey(format, key);
    const plain = format === 'jwk' ? Buffer.from(JSON.stringify(exported)) : Buffer.from(exported);
    return arrayBuffer(cipherOperation(normalized, wrappingKey, plain, true));
  },

  // unwrapKey ( format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm,
  // extractable, keyUsages ): the key decrypted and imported.
  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, usages) {
    const normalized = normalize(unwrapAlgorithm);
    checkKey(unwrappingKey, normalized.name, 'unwrapKey');
    const plain = cipherOperation(normalized, unwrappingKey, bytes(wrappedKey), false);
    let keyData = plain;
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(plain.toString());
      } catch {
        throw domError('The unwrapped key is not a JWK', 'DataError');
      }
    }
    return subtleMethods.importKey(format, keyData, unwrappedKeyAlgorithm, extractable, usages);
  },
};

// A JWK for a raw public key: an EC point (uncompressed) or an OKP key.
function rawPublicJwk(name, namedCurve, raw) {
  if (name === 'Ed25519' || name === 'X25519') return { kty: 'OKP', crv: name, x: raw.toString('base64url') };
  if (kCurves[namedCurve] === undefined) throw domError('Unrecognized namedCurve', 'NotSupportedError');
  const size = (raw.length - 1) / 2;
  if (raw[0] !== 4 || !Number.isInteger(size)) throw domError('Invalid keyData', 'DataError');
  return { kty: 'EC', crv: namedCurve, x: raw.subarray(1, 1 + size).toString('base64url'), y: raw.subarray(1 + size).toString('base64url') };
}

function rawPublicKey(keyObject) {
  const jwk = keyObject.export({ format: 'jwk' });
  if (jwk.kty === 'OKP') return Buffer.from(jwk.x, 'base64url');
  if (jwk.kty === 'EC') return Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
  throw domError('Unable to export a public key in raw format', 'InvalidAccessError');
}

// The JWK "alg" of a key's algorithm, when it has one.
function jwkAlgorithm(algorithm) {
  const bits = algorithm.hash && kDigests[algorithm.hash.name][1];
  switch (algorithm.name) {
    case 'HMAC': return `HS${bits === 160 ? 1 : bits}`;
    case 'AES-GCM': return `A${algorithm.length}GCM`;
    case 'AES-CBC': return `A${algorithm.length}CBC`;
    case 'AES-CTR': return `A${algorithm.length}CTR`;
    case 'RSASSA-PKCS1-v1_5': return `RS${bits === 160 ? 1 : bits}`;
    case 'RSA-PSS': return `PS${bits === 160 ? 1 : bits}`;
    case 'RSA-OAEP': return bits === 160 ? 'RSA-OAEP' : `RSA-OAEP-${bits}`;
    case 'Ed25519': return 'Ed25519';
    default: return undefined;
  }
}

// [digest, data, key options] for sign() and verify() of node:crypto.
function signatureArguments(normalized, key, keyObject, data) {
  switch (normalized.name) {
    case 'RSASSA-PKCS1-v1_5':
      return [digestName(key.algorithm.hash), data, keyObject];
    case 'RSA-PSS':
      return [digestName(key.algorithm.hash), data, { key: keyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: normalized.saltLength }];
    case 'ECDSA':
      return [digestName(normalized.hash), data, { key: keyObject, dsaEncoding: 'ieee-p1363' }];
    case 'Ed25519':
      return [null, data, keyObject];
    default:
      throw notSupported(`crypto.subtle.sign with ${normalized.name}`);
  }
}

function signature(normalized, key, data) {
  const keyObject = keyObjectOf(key);
  if (normalized.name === 'HMAC') return new Hmac(digestName(key.algorithm.hash), keyObject.export()).update(data).digest();
  return signData(...signatureArguments(normalized, key, keyObject, data));
}

function cipherOperation(normalized, key, data, encrypt) {
  const keyObject = keyObjectOf(key);
  const fail = () => domError('The operation failed for an operation-specific reason', 'OperationError');
  switch (normalized.name) {
    case 'AES-GCM': {
      const tagLength = (normalized.tagLength ?? 128) / 8;
      const name = `aes-${keyObject.symmetricKeySize * 8}-gcm`;
      const iv = bytes(normalized.iv);
      if (encrypt) {
        const cipher = createCipheriv(name, keyObject, iv, { authTagLength: tagLength });
        if (normalized.additionalData !== undefined) cipher.setAAD(bytes(normalized.additionalData));
        return Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()]);
      }
      if (data.length < tagLength) throw fail();
      const decipher = createDecipheriv(name, keyObject, iv, { authTagLength: tagLength });
      decipher.setAuthTag(data.subarray(data.length - tagLength));
      if (normalized.additionalData !== undefined) decipher.setAAD(bytes(normalized.additionalData));
      try {
        return Buffer.concat([decipher.update(data.subarray(0, data.length - tagLength)), decipher.final()]);
      } catch {
        throw fail();
      }
    }
    case 'AES-CBC':
    case 'AES-CTR': {
      const mode = normalized.name === 'AES-CBC' ? 'cbc' : 'ctr';
      const iv = bytes(mode === 'cbc' ? normalized.iv : normalized.counter);
      if (mode === 'ctr' && normalized.length !== 128) throw notSupported('AES-CTR with a counter length other than 128');
      const name = `aes-${keyObject.symmetricKeySize * 8}-${mode}`;
      const cipher = encrypt ? createCipheriv(name, keyObject, iv) : createDecipheriv(name, keyObject, iv);
      try {
        return Buffer.concat([cipher.update(data), cipher.final()]);
      } catch {
        throw fail();
      }
    }
    case 'RSA-OAEP': {
      const options = { key: keyObject, oaepHash: digestName(key.algorithm.hash), padding: constants.RSA_PKCS1_OAEP_PADDING };
      if (normalized.label !== undefined) options.oaepLabel = bytes(normalized.label);
      try {
        return encrypt ? publicEncrypt(options, data) : privateDecrypt(options, data);
      } catch {
        throw fail();
      }
    }
    default:
      throw notSupported(`crypto.subtle.${encrypt ? 'encrypt' : 'decrypt'} with ${normalized.name}`);
  }
}

// The first `length` bits the algorithm derives from the base key.
function derive(normalized, baseKey, length) {
  const keyObject = keyObjectOf(baseKey);
  if (length !== null && (length % 8 !== 0 || length < 0)) throw domError('length must be a multiple of 8', 'OperationError');
  let derived;
  switch (normalized.name) {
    case 'PBKDF2':
      if (!(normalized.iterations > 0)) throw domError('iterations cannot be zero', 'OperationError');
      derived = pbkdf2Sync(keyObject.export(), bytes(normalized.salt), normalized.iterations, length / 8, digestName(normalized.hash));
      break;
    case 'HKDF':
      derived = Buffer.from(hkdfSync(digestName(normalized.hash), keyObject, bytes(normalized.salt), bytes(normalized.info), length / 8));
      break;
    case 'ECDH':
    case 'X25519': {
      const publicKey = normalized.public;
      if (!(publicKey instanceof CryptoKey) || publicKey.type !== 'public' || publicKey.algorithm.name !== normalized.name) {
        throw domError('The public key is not valid for the operation', 'InvalidAccessError');
      }
      const secret = diffieHellman({ privateKey: keyObject, publicKey: keyObjectOf(publicKey) });
      if (length === null || length === undefined) return secret;
      if (length > secret.length * 8) throw domError('derived bit length is too long', 'OperationError');
      derived = secret.subarray(0, length / 8);
      break;
    }
    default:
      throw notSupported(`crypto.subtle.deriveBits with ${normalized.name}`);
  }
  return derived;
}

class SubtleCrypto {}
for (const [name, method] of Object.entries(subtleMethods)) {
  Object.defineProperty(SubtleCrypto.prototype, name, { value: method, writable: true, configurable: true });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

class Crypto {
  get subtle() { return subtle; }
  getRandomValues(array) { return getRandomValues(array); }
  randomUUID() { return randomUUID(); }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const subtle = new SubtleCrypto();
const webcrypto = new Crypto();

module.exports = { webcrypto, Crypto, SubtleCrypto, CryptoKey };
