'use strict';
// ECDH objects (createECDH): a private scalar and public point on a named curve, kept as bytes;
// the binding does the point arithmetic. ECDH.convertKey re-encodes public points.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, validateString } = require('internal/errors');
const { toBytes, encodeOutput } = require('internal/crypto/util');
const asn1 = require('internal/crypto/asn1');
const { POINT_CONVERSION_COMPRESSED, POINT_CONVERSION_UNCOMPRESSED, POINT_CONVERSION_HYBRID } =
  require('internal/crypto/constants').constants;

const kKey = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const kForms = { compressed: POINT_CONVERSION_COMPRESSED, uncompressed: POINT_CONVERSION_UNCOMPRESSED, hybrid: POINT_CONVERSION_HYBRID };

function invalidCurve() {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function pointForm(format) {
  if (format === undefined || format === null) return POINT_CONVERSION_UNCOMPRESSED;
  if (kForms[format] === undefined) throw codedError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
  return kForms[format];
}

function operationFailed(message) {
  return codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', message);
}

class ECDH {
  #curve;
  #privateKey;
  #publicKey;

  constructor(curve) {
    validateString(curve, 'curve');
    if (binding.ecFieldSize(curve) === 0) throw invalidCurve();
    this.#curve = curve;
  }

  // generateKeys ( [ encoding [ , format ] ] ): a new key pair; returns the public key.
  generateKeys(encoding, format) {
    const der = binding.keyGenerate('EC', ['group', this.#curve], false);
    if (der === false) throw operationFailed('Failed to generate key');
    const sec1 = binding.keyEncode(new Uint8Array(der), true, 'DER', 'type-specific', false);
    const [, scalar] = asn1.readChildren(asn1.readElement(new Uint8Array(sec1)).contents);
    this.setPrivateKey(Buffer.from(scalar.contents));
    return this.getPublicKey(encoding, format);
  }

  // computeSecret ( otherPublicKey [ , inputEncoding [ , outputEncoding ] ] ): the shared
  // secret, the x coordinate of our scalar times their point.
  computeSecret(key, inputEncoding, outputEncoding) {
    const peer = toBytes(key, 'key', inputEncoding, kKey);
    if (this.#privateKey === undefined) throw operationFailed('Failed to compute ECDH key');
    const product = binding.ecPoint(this.#curve, this.#privateKey, peer, POINT_CONVERSION_UNCOMPRESSED);
    if (product === false) throw codedError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
    return encodeOutput(new Uint8Array(product, 1, binding.ecFieldSize(this.#curve)), outputEncoding);
  }

  getPrivateKey(encoding) {
    if (this.#privateKey === undefined) throw operationFailed('Failed to get ECDH private key');
    return encodeOutput(Uint8Array.from(asn1.unsignedInteger(this.#privateKey)), encoding);
  }

  getPublicKey(encoding, format) {
    const form = pointForm(format);
    if (this.#publicKey === undefined) throw operationFailed('Failed to get ECDH public key');
    return encodeOutput(new Uint8Array(binding.ecConvertPoint(this.#curve, this.#publicKey, form)), encoding);
  }

  // setPrivateKey ( privateKey [ , encoding ] ): also sets the public key it makes.
  setPrivateKey(key, encoding) {
    const scalar = Uint8Array.from(toBytes(key, 'key', encoding, kKey));
    const point = binding.ecPoint(this.#curve, scalar, undefined, POINT_CONVERSION_UNCOMPRESSED);
    if (point === false) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
    this.#privateKey = scalar;
    this.#publicKey = new Uint8Array(point);
  }

  setPublicKey(key, encoding) {
    const point = Uint8Array.from(toBytes(key, 'key', encoding, kKey));
    if (binding.ecConvertPoint(this.#curve, point, POINT_CONVERSION_UNCOMPRESSED) === false) {
      throw codedError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
    }
    this.#publicKey = point;
  }

  // ECDH.convertKey ( key, curve [ , inputEncoding [ , outputEncoding [ , format ] ] ] )
  static convertKey(key, curve, inputEncoding, outputEncoding, format) {
    validateString(curve, 'curve');
    const point = toBytes(key, 'key', inputEncoding, kKey);
    const form = pointForm(format);
    if (binding.ecFieldSize(curve) === 0) throw invalidCurve();
    const converted = binding.ecConvertPoint(curve, point, form);
    if (converted === false) throw operationFailed('Failed to convert Buffer to EC_POINT');
    return encodeOutput(new Uint8Array(converted), outputEncoding);
  }
}

function createECDH(curve) {
  return new ECDH(curve);
}

module.exports = { ECDH, createECDH };
