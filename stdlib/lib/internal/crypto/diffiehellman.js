'use strict';
// Diffie-Hellman key agreement between KeyObjects: diffieHellman({ privateKey, publicKey }) for
// ECDH, X25519, X448 and DH keys of the same type.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');
const { opensslError } = require('internal/crypto/util');
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

module.exports = { diffieHellman };
