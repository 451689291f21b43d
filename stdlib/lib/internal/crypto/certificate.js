'use strict';
// Certificate: SPKAC (signed public key and challenge, from HTML5's <keygen>) requests. Each
// function takes the base64 request; the binding decodes it.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { invalidArgType } = require('internal/errors');
const { toBytes } = require('internal/crypto/util');
const { PublicKeyObject } = require('internal/crypto/key_object');

const kSpkac = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

// The request's bytes, validated.
function spkacBytes(spkac, encoding) {
  if (typeof spkac !== 'string' && !ArrayBuffer.isView(spkac) && !(spkac instanceof ArrayBuffer)) {
    throw invalidArgType('spkac', kSpkac, spkac);
  }
  return Uint8Array.from(toBytes(spkac, 'spkac', encoding, kSpkac));
}

// Each function gives '' for an empty request, and for one that does not decode the challenge
// and public key are '' and verification false.
function verifySpkac(spkac, encoding) {
  const bytes = spkacBytes(spkac, encoding);
  if (bytes.length === 0) return '';
  const request = binding.spkac(bytes);
  return request !== false && request[2];
}

function exportChallenge(spkac, encoding) {
  const bytes = spkacBytes(spkac, encoding);
  const request = bytes.length === 0 ? false : binding.spkac(bytes);
  return request === false ? '' : Buffer.from(request[0]);
}

function exportPublicKey(spkac, encoding) {
  const bytes = spkacBytes(spkac, encoding);
  const request = bytes.length === 0 ? false : binding.spkac(bytes);
  return request === false ? '' : Buffer.from(new PublicKeyObject(request[1]).export({ type: 'spki', format: 'pem' }));
}

// Callable with or without `new`, as Node's is.
function Certificate() {
  if (!new.target) return new Certificate();
}

for (const method of [exportChallenge, exportPublicKey, verifySpkac]) {
  Object.defineProperty(Certificate, method.name, { value: method, writable: true, enumerable: true, configurable: true });
}
for (const method of [verifySpkac, exportPublicKey, exportChallenge]) {
  Object.defineProperty(Certificate.prototype, method.name, { value: method, writable: true, configurable: true });
}

module.exports = { Certificate };
