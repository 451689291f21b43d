'use strict';
// X509Certificate: a certificate read from PEM or DER, kept as its DER. Its fields come from the
// binding once and are cached; fingerprints are digests of the DER; checks and verification go
// to OpenSSL.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue, validateString } = require('internal/errors');
const { opensslError, notImplemented } = require('internal/crypto/util');
const { hash } = require('internal/crypto/hash');
const { KeyObject, PublicKeyObject, keyHandle } = require('internal/crypto/key_object');
const asn1 = require('internal/crypto/asn1');

const kBuffer = 'of type string or an instance of Buffer, TypedArray, or DataView';

// X509_CHECK_FLAG_* bits for checkHost's and checkEmail's options.
const kAlwaysCheckSubject = 0x1;
const kNoWildcards = 0x2;
const kNoPartialWildcards = 0x4;
const kMultiLabelWildcards = 0x8;
const kSingleLabelSubdomains = 0x10;
const kNeverCheckSubject = 0x20;

function checkFlags(options) {
  if (options === undefined) return 0;
  if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'of type object', options);
  const { subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
    singleLabelSubdomains = false } = options;
  for (const [name, value] of [['wildcards', wildcards], ['partialWildcards', partialWildcards],
    ['multiLabelWildcards', multiLabelWildcards], ['singleLabelSubdomains', singleLabelSubdomains]]) {
    if (typeof value !== 'boolean') throw invalidArgType(`options.${name}`, 'of type boolean', value);
  }
  let flags = 0;
  if (subject === 'always') flags |= kAlwaysCheckSubject;
  else if (subject === 'never') flags |= kNeverCheckSubject;
  else if (subject !== 'default') throw invalidArgValue('options.subject', subject);
  if (!wildcards) flags |= kNoWildcards;
  if (!partialWildcards) flags |= kNoPartialWildcards;
  if (multiLabelWildcards) flags |= kMultiLabelWildcards;
  if (singleLabelSubdomains) flags |= kSingleLabelSubdomains;
  return flags;
}

// 'AB:CD:...' of the certificate's digest.
function fingerprint(der, algorithm) {
  return hash(algorithm, der, 'hex').toUpperCase().match(/../g).join(':');
}

class X509Certificate {
  #der;
  #info;

  constructor(buffer) {
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', kBuffer, buffer);
    const bytes = typeof buffer === 'string' ? Buffer.from(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const der = binding.x509Parse(bytes);
    if (der === false) throw opensslError('Failed to parse the certificate');
    this.#der = Buffer.from(der);
  }

  // The fields OpenSSL reads, by name.
  #fields() {
    if (this.#info !== undefined) return this.#info;
    const [subject, issuer, subjectAltName, infoAccess, validFrom, validTo, serialNumber, ca, extendedKeyUsage, publicKey, pem] =
      binding.x509Info(this.#der);
    const keyUsage = extendedKeyUsage === undefined ? undefined
      : asn1.readChildren(asn1.readElement(new Uint8Array(extendedKeyUsage)).contents).map((oid) => asn1.dottedObjectIdentifier(oid.contents));
    this.#info = { subject, issuer, subjectAltName, infoAccess, validFrom, validTo, serialNumber, ca, keyUsage, publicKey, pem };
    return this.#info;
  }

  get subject() { return this.#fields().subject; }
  get issuer() { return this.#fields().issuer; }
  get subjectAltName() { return this.#fields().subjectAltName; }
  get infoAccess() { return this.#fields().infoAccess; }
  get validFrom() { return this.#fields().validFrom; }
  get validTo() { return this.#fields().validTo; }
  get serialNumber() { return this.#fields().serialNumber; }
  get ca() { return this.#fields().ca; }
  get keyUsage() { return this.#fields().keyUsage; }
  get fingerprint() { return fingerprint(this.#der, 'sha1'); }
  get fingerprint256() { return fingerprint(this.#der, 'sha256'); }
  get fingerprint512() { return fingerprint(this.#der, 'sha512'); }
  get raw() { return Buffer.from(this.#der); }
  // Only certificates from a TLS peer know their issuer's.
  get issuerCertificate() { return undefined; }

  get publicKey() {
    const { publicKey } = this.#fields();
    if (publicKey === undefined) throw codedError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get the public key');
    return new PublicKeyObject(publicKey);
  }

  // checkHost ( name [ , options ] ): the certificate's name that matches, or undefined.
  checkHost(name, options) {
    validateString(name, 'name');
    return binding.x509Check(this.#der, 'host', name, checkFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return binding.x509Check(this.#der, 'email', email, checkFlags(options));
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const result = binding.x509Check(this.#der, 'ip', ip, 0);
    if (result === false) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    return result;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) throw invalidArgType('otherCert', 'an instance of X509Certificate', otherCert);
    return binding.x509Relation(this.#der, 'issued', otherCert.#der);
  }

  checkPrivateKey(pkey) {
    if (!(pkey instanceof KeyObject) || pkey.type !== 'private') throw invalidArgValue('pkey', pkey);
    return binding.x509Relation(this.#der, 'privateKey', keyHandle(pkey)[0]);
  }

  verify(pkey) {
    if (!(pkey instanceof KeyObject) || pkey.type !== 'public') throw invalidArgValue('pkey', pkey);
    return binding.x509Relation(this.#der, 'verify', keyHandle(pkey)[0]);
  }

  toString() {
    return this.#fields().pem;
  }

  toJSON() {
    return this.toString();
  }

  toLegacyObject() {
    throw notImplemented('X509Certificate.prototype.toLegacyObject');
  }
}

module.exports = { X509Certificate };
