'use strict';
// RSA encryption with key pairs: publicEncrypt/privateDecrypt (OAEP by default, with oaepHash
// and oaepLabel) and privateEncrypt/publicDecrypt (PKCS#1 v1.5 by default). Keys are given as
// sign() and verify() take them; { padding, oaepHash, oaepLabel } ride on an object key.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType } = require('internal/errors');
const { toBytes, opensslError } = require('internal/crypto/util');
const { prepareAsymmetricKey, preparePrivateKeyIfAny, keyHandle } = require('internal/crypto/key_object');

const kBytes = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const { RSA_PKCS1_PADDING, RSA_PKCS1_OAEP_PADDING } = require('internal/crypto/constants').constants;

// The binding's operation numbers.
const kEncrypt = 0;
const kDecrypt = 1;
const kSign = 2;
const kRecover = 3;

function rsaCrypt(operation, defaultPadding, key, buffer) {
  const options = typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) ? key : {};
  const { padding = defaultPadding, oaepHash = 'sha1', oaepLabel } = options;
  if (typeof oaepHash !== 'string') throw invalidArgType('key.oaepHash', 'of type string', oaepHash);
  const label = oaepLabel === undefined ? undefined : toBytes(oaepLabel, 'key.oaepLabel', 'utf8', kBytes);
  const data = toBytes(buffer, 'buffer', options.encoding, kBytes);
  const keyObject = operation === kDecrypt || operation === kSign ? preparePrivateKeyIfAny(key) : prepareAsymmetricKey(key, 'public');
  if (operation === kDecrypt && padding === RSA_PKCS1_PADDING) {
    // Without implicit rejection (OpenSSL 3.2), PKCS#1 v1.5 decryption is open to Marvin attacks.
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer supported for private decryption, ' +
      'this can be reverted with --security-revert=CVE-2023-46809');
  }
  if (padding === RSA_PKCS1_OAEP_PADDING && binding.digestSize(oaepHash) < 0) {
    throw codedError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
  }
  const out = binding.rsaCrypt(operation, ...keyHandle(keyObject), data, Number.isInteger(padding) ? padding : -1, oaepHash, label);
  if (out === false) throw opensslError('RSA operation failed');
  return Buffer.from(out);
}

const publicEncrypt = (key, buffer) => rsaCrypt(kEncrypt, RSA_PKCS1_OAEP_PADDING, key, buffer);
const privateDecrypt = (key, buffer) => rsaCrypt(kDecrypt, RSA_PKCS1_OAEP_PADDING, key, buffer);
const privateEncrypt = (key, buffer) => rsaCrypt(kSign, RSA_PKCS1_PADDING, key, buffer);
const publicDecrypt = (key, buffer) => rsaCrypt(kRecover, RSA_PKCS1_PADDING, key, buffer);

module.exports = { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt };
