'use strict';
// Key generation: generateKeyPair(Sync) for RSA, RSA-PSS, DSA, EC, Ed25519, Ed448, X25519,
// X448 and DH keys (OpenSSL generates; the options become its generation parameters), with
// optional public/private key encodings; generateKey(Sync) for HMAC and AES secret keys. The
// callback forms generate synchronously and call back from the check phase.

const binding = internalBinding('crypto');
const { codedError, invalidArgType, invalidArgValue, outOfRange, validateFunction, validateString } = require('internal/errors');
const { opensslError, validateDigest, invalidDigest, notImplemented } = require('internal/crypto/util');
const { PrivateKeyObject, createSecretKey, publicKeyOf } = require('internal/crypto/key_object');
const { randomBytes } = require('internal/crypto/random');
const { isCurve } = require('internal/crypto/curves');

// Node's names of the MODP groups (RFC 3526) and OpenSSL's.
const kDhGroups = {
  modp5: 'modp_1536', modp14: 'modp_2048', modp15: 'modp_3072', modp16: 'modp_4096', modp17: 'modp_6144', modp18: 'modp_8192',
};

function unsupportedKeyType(type) {
  const { inspect } = require('internal/util/inspect');
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'type' must be a supported key type. Received ${inspect(type)}`);
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 32 - 1) throw outOfRange(name, '>= 0 && <= 4294967295', value);
}

function optionalDigest(value, name) {
  if (value === undefined) return undefined;
  validateString(value, name);
  validateDigest(value, () => invalidDigest(value));
  return value;
}

// [OpenSSL key type (of kKeyPairTypes), generation parameters [name, value, ...], whether they make domain
// parameters first] for Node's type and options.
function generationParameters(type, options) {
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      const { modulusLength, publicExponent = 0x10001 } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      validateUint32(publicExponent, 'options.publicExponent');
      const params = ['bits', modulusLength, 'e', publicExponent];
      if (type === 'rsa-pss') {
        const hash = optionalDigest(options.hashAlgorithm, 'options.hashAlgorithm');
        const mgf1Hash = optionalDigest(options.mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
        if (options.saltLength !== undefined) validateUint32(options.saltLength, 'options.saltLength');
        if (hash !== undefined) params.push('digest', hash);
        if (mgf1Hash !== undefined) params.push('mgf1-digest', mgf1Hash);
        if (options.saltLength !== undefined) params.push('saltlen', options.saltLength);
      }
      return [type.toUpperCase(), params];
    }
    case 'dsa': {
      const { modulusLength, divisorLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      const params = ['pbits', modulusLength];
      if (divisorLength !== undefined && divisorLength !== null) {
        validateUint32(divisorLength, 'options.divisorLength');
        params.push('qbits', divisorLength);
      }
      return ['DSA', params, true];
    }
    case 'ec': {
      const { namedCurve, paramEncoding = 'named' } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding !== 'named' && paramEncoding !== 'explicit') throw invalidArgValue('options.paramEncoding', paramEncoding);
      if (!isCurve(namedCurve)) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
      return ['EC', ['group', namedCurve, 'encoding', paramEncoding === 'named' ? 'named_curve' : 'explicit']];
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      return [type.toUpperCase(), []];
    default: { // dh
      const { group, prime, primeLength, generator = 2 } = options;
      if (group !== undefined) {
        validateString(group, 'options.group');
        if (kDhGroups[group] === undefined) {
          if (group === 'modp1' || group === 'modp2') throw notImplemented(`generateKeyPair('dh') with group ${group}`);
          throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
        }
        return ['DH', ['group', kDhGroups[group]]];
      }
      if (prime !== undefined) throw notImplemented("generateKeyPair('dh') with a prime");
      if (primeLength === undefined) {
        throw codedError(TypeError, 'ERR_MISSING_OPTION', 'At least one of the group, prime, or primeLength options is required');
      }
      validateUint32(primeLength, 'options.primeLength');
      validateUint32(generator, 'options.generator');
      return ['DH', ['pbits', primeLength, 'safeprime-generator', generator], true];
    }
  }
}

// Checks a publicKeyEncoding or privateKeyEncoding option as export() will need it.
function validateEncoding(encoding, name, types) {
  if (encoding === undefined) return;
  if (typeof encoding !== 'object' || encoding === null) throw invalidArgValue(`options.${name}`, encoding);
  const { format, type } = encoding;
  if (format === 'jwk') return;
  if (format !== 'pem' && format !== 'der') throw invalidArgValue(`options.${name}.format`, format);
  if (!types.includes(type)) throw invalidArgValue(`options.${name}.type`, type);
}

// What generatePair needs, validated.
const kKeyPairTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

function prepareKeyPair(type, options) {
  validateString(type, 'type');
  if (!kKeyPairTypes.includes(type)) throw unsupportedKeyType(type);
  if (typeof options !== 'object' || options === null) {
    if (options !== undefined || !['ed25519', 'ed448', 'x25519', 'x448'].includes(type)) {
      throw invalidArgType('options', 'of type object', options);
    }
    options = {};
  }
  const [opensslType, params, parametersFirst = false] = generationParameters(type, options);
  const { publicKeyEncoding, privateKeyEncoding } = options;
  validateEncoding(publicKeyEncoding, 'publicKeyEncoding', ['pkcs1', 'spki']);
  validateEncoding(privateKeyEncoding, 'privateKeyEncoding', ['pkcs1', 'pkcs8', 'sec1']);
  return { opensslType, params, parametersFirst, publicKeyEncoding, privateKeyEncoding };
}

function generatePair({ opensslType, params, parametersFirst, publicKeyEncoding, privateKeyEncoding }) {
  const der = binding.keyGenerate(opensslType, params, parametersFirst);
  if (der === false) throw opensslError('Key generation failed');
  const privateKey = new PrivateKeyObject(der);
  const publicKey = publicKeyOf(privateKey);
  return {
    publicKey: publicKeyEncoding ? publicKey.export(publicKeyEncoding) : publicKey,
    privateKey: privateKeyEncoding ? privateKey.export(privateKeyEncoding) : privateKey,
  };
}

function generateKeyPairSync(type, options) {
  return generatePair(prepareKeyPair(type, options));
}

// generateKeyPair ( type, options, callback ): callback(error, publicKey, privateKey).
function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'callback');
  const prepared = prepareKeyPair(type, options);
  setImmediate(() => {
    let pair;
    try {
      pair = generatePair(prepared);
    } catch (error) {
      callback(error);
      return;
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

// The byte length of a new secret key of `type` ('hmac' or 'aes') with options.length bits.
function secretKeyLength(type, options) {
  validateString(type, 'type');
  if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'of type object', options);
  const { length } = options;
  if (type === 'hmac') {
    if (typeof length !== 'number') throw invalidArgType('options.length', 'of type number', length);
    if (!Number.isInteger(length) || length < 8 || length > 2 ** 31 - 1) throw outOfRange('options.length', '>= 8 && <= 2147483647', length);
    return Math.floor(length / 8);
  }
  if (type === 'aes') {
    if (![128, 192, 256].includes(length)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.length' must be one of: 128, 192, 256. Received ${require('internal/util/inspect').inspect(length)}`);
    }
    return length / 8;
  }
  throw unsupportedKeyType(type);
}

function generateKeySync(type, options) {
  return createSecretKey(randomBytes(secretKeyLength(type, options)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'callback');
  const length = secretKeyLength(type, options);
  setImmediate(() => callback(null, createSecretKey(randomBytes(length))));
}

module.exports = { generateKeyPair, generateKeyPairSync, generateKey, generateKeySync };
