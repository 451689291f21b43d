'use strict';
// Keys as JSON Web Keys (RFC 7517/7518/8037): RSA, EC (P-256, P-384, P-521, secp256k1) and OKP
// (Ed25519, Ed448, X25519, X448). Exporting reads the key's DER encodings; importing writes the
// DER of the JWK's parameters and lets OpenSSL decode it.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');
const { opensslError } = require('internal/crypto/util');
const asn1 = require('internal/crypto/asn1');

// JWK curve names, OpenSSL's, and the OIDs of the named curves.
const kCurves = {
  'P-256': ['prime256v1', '1.2.840.10045.3.1.7'],
  'P-384': ['secp384r1', '1.3.132.0.34'],
  'P-521': ['secp521r1', '1.3.132.0.35'],
  secp256k1: ['secp256k1', '1.3.132.0.10'],
};
const kEcPublicKey = '1.2.840.10045.2.1';
// OKP curves: their JWK names, key types and algorithm OIDs.
const kOkp = {
  x25519: ['X25519', '1.3.101.110'], x448: ['X448', '1.3.101.111'],
  ed25519: ['Ed25519', '1.3.101.112'], ed448: ['Ed448', '1.3.101.113'],
};
const kRsaParameters = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];

const base64url = (bytes) => Buffer.from(bytes).toString('base64url');

function encodeKey(der, isPrivate, structure, publicOnly = false) {
  const out = binding.keyEncode(der, isPrivate, 'DER', structure, publicOnly);
  if (out === false) throw opensslError('Failed to encode key');
  return new Uint8Array(out);
}

// The public key bytes of a SubjectPublicKeyInfo (its BIT STRING without the unused-bits byte).
function subjectPublicKey(der, isPrivate) {
  const [, key] = asn1.readChildren(asn1.readElement(encodeKey(der, isPrivate, 'SubjectPublicKeyInfo', true)).contents);
  return key.contents.subarray(1);
}

// exportKey ( der, isPrivate, keyType ): the JWK of an asymmetric key.
function exportKey(der, isPrivate, keyType, details) {
  if (keyType === 'rsa') {
    const fields = asn1.readChildren(asn1.readElement(encodeKey(der, isPrivate, 'type-specific')).contents);
    const values = isPrivate ? fields.slice(1) : fields;
    const key = { kty: 'RSA' };
    values.forEach((field, i) => { key[kRsaParameters[i]] = base64url(asn1.unsignedInteger(field.contents)); });
    return key;
  }
  if (keyType === 'ec') {
    const crv = Object.keys(kCurves).find((name) => kCurves[name][0] === details.namedCurve);
    if (crv === undefined) {
      throw codedError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', `Unsupported JWK EC curve: ${details.namedCurve}.`);
    }
    const point = subjectPublicKey(der, isPrivate);
    const size = (point.length - 1) / 2;
    const key = { kty: 'EC', x: base64url(point.subarray(1, 1 + size)), y: base64url(point.subarray(1 + size)), crv };
    if (isPrivate) {
      const [, privateKey] = asn1.readChildren(asn1.readElement(encodeKey(der, true, 'type-specific')).contents);
      key.d = base64url(privateKey.contents);
    }
    return key;
  }
  if (kOkp[keyType] !== undefined) {
    const key = { crv: kOkp[keyType][0] };
    if (isPrivate) {
      const [, , wrapped] = asn1.readChildren(asn1.readElement(der).contents);
      key.d = base64url(asn1.readElement(wrapped.contents).contents);
    }
    key.x = base64url(subjectPublicKey(der, isPrivate));
    key.kty = 'OKP';
    return key;
  }
  throw codedError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
}

// A base64url member of the JWK (validated as a string).
function member(jwk, name) {
  if (typeof jwk[name] !== 'string') throw invalidArgType(`key.${name}`, 'of type string', jwk[name]);
  return Buffer.from(jwk[name], 'base64url');
}

function oneOf(name, names, value) {
  const { inspect } = require('internal/util/inspect');
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The property '${name}' must be one of: ${names.map((each) => inspect(each)).join(', ')}. Received ${inspect(value)}`);
}

// The canonical DER of a key written from a JWK of `kty` (an OpenSSL key `type`).
function decode(der, structure, type, isPrivate, kty) {
  const out = binding.keyDecode(der, 'DER', structure, type, isPrivate);
  if (out === false) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_JWK', `Invalid JWK ${kty} key`);
  return out;
}

// importKey ( jwk, kind ): [canonical DER, isPrivate] of the key the JWK describes: private
// when it has a `d` (which a 'private' kind requires).
function importKey(jwk, kind) {
  const isPrivate = kind === 'private' || jwk.d !== undefined;
  switch (jwk.kty) {
    case 'RSA': {
      const names = isPrivate ? kRsaParameters : ['n', 'e'];
      const integers = names.map((name) => asn1.integer(member(jwk, name)));
      const der = asn1.sequence(...(isPrivate ? [asn1.integer(Buffer.from([0]))] : []), ...integers);
      return [decode(der, 'type-specific', 'RSA', isPrivate, 'RSA'), isPrivate];
    }
    case 'EC': {
      const curve = kCurves[jwk.crv];
      if (curve === undefined) throw oneOf('key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521'], jwk.crv);
      const point = Buffer.concat([Buffer.from([4]), member(jwk, 'x'), member(jwk, 'y')]);
      const der = isPrivate
        ? asn1.sequence(asn1.integer(Buffer.from([1])), asn1.octetString(member(jwk, 'd')),
          asn1.explicit(0, asn1.objectIdentifier(curve[1])), asn1.explicit(1, asn1.bitString(point)))
        : asn1.sequence(asn1.sequence(asn1.objectIdentifier(kEcPublicKey), asn1.objectIdentifier(curve[1])), asn1.bitString(point));
      return [decode(der, isPrivate ? 'type-specific' : 'SubjectPublicKeyInfo', 'EC', isPrivate, 'EC'), isPrivate];
    }
    case 'OKP': {
      const type = Object.keys(kOkp).find((name) => kOkp[name][0] === jwk.crv);
      if (type === undefined) throw oneOf('key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448'], jwk.crv);
      const algorithm = asn1.sequence(asn1.objectIdentifier(kOkp[type][1]));
      const der = isPrivate
        ? asn1.sequence(asn1.integer(Buffer.from([0])), algorithm, asn1.octetString(asn1.octetString(member(jwk, 'd'))))
        : asn1.sequence(algorithm, asn1.bitString(member(jwk, 'x')));
      return [decode(der, isPrivate ? 'PrivateKeyInfo' : 'SubjectPublicKeyInfo', type.toUpperCase(), isPrivate, 'OKP'), isPrivate];
    }
    default:
      throw oneOf('key.kty', ['RSA', 'EC', 'OKP'], jwk.kty);
  }
}

module.exports = { exportKey, importKey };
