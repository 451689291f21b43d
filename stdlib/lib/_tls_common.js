'use strict';
// Secure contexts (the keys, certificates, trusted CAs, ciphers and protocol versions TLS
// sessions start from) over internalBinding('tls_wrap'), OpenSSL's errors as Node's, and peer
// certificates as getPeerCertificate() describes them.

const binding = internalBinding('tls_wrap');
const { Buffer } = require('buffer');
const { codedError, invalidArgType, invalidArgValue } = require('internal/errors');

const protocolVersions = { 'TLSv1': 0x301, 'TLSv1.1': 0x302, 'TLSv1.2': 0x303, 'TLSv1.3': 0x304 };

// OpenSSL's [message, reason, library, library code] as Node's error: code ERR_SSL_<REASON>,
// ERR_OSSL_<LIBRARY>_<REASON> or ERR_OSSL_<REASON>.
function opensslError([message, reason, library, libraryCode]) {
  const error = new Error(message);
  if (reason) {
    const prefix = libraryCode === 'SSL' ? 'ERR_SSL_' : libraryCode ? `ERR_OSSL_${libraryCode}_` : 'ERR_OSSL_';
    error.library = library;
    error.reason = reason;
    error.code = prefix + reason.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  }
  return error;
}

// A binding call's result: an OpenSSL failure ([message, reason, library]) is thrown.
function check(result) {
  if (Array.isArray(result)) throw opensslError(result);
  return result;
}

function notImplemented(name) {
  return codedError(Error, 'ERR_NOT_IMPLEMENTED', `${name} is not implemented in Sable`);
}

// A key, certificate or CA option: a string, a Buffer, or a list of them.
function pemList(value, name) {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    if (typeof item !== 'string' && !ArrayBuffer.isView(item) && !(name === 'key' && item && typeof item === 'object'))
      throw invalidArgType(`options.${name}`, 'of type string or an instance of Buffer, TypedArray, or DataView', item);
  }
  return list;
}

function pemBytes(value) {
  return typeof value === 'string' ? Buffer.from(value) : value;
}

const unsupportedOptions = ['pfx', 'crl', 'dhparam', 'sigalgs', 'privateKeyEngine', 'privateKeyIdentifier',
  'clientCertEngine', 'secureProtocol', 'ticketKeys', 'sessionTimeout', 'secureOptions'];

class SecureContext {
  constructor(minVersion = 'TLSv1.2', maxVersion = 'TLSv1.3') {
    this.context = check(binding.createContext());
    for (const [bound, version] of [['minimum', minVersion], ['maximum', maxVersion]]) {
      if (protocolVersions[version] === undefined)
        throw codedError(TypeError, 'ERR_TLS_INVALID_PROTOCOL_VERSION', `${JSON.stringify(version)} is not a valid ${bound} TLS protocol version`);
    }
    binding.setProtocols(this.context, protocolVersions[minVersion], protocolVersions[maxVersion]);
  }
}

function createSecureContext(options = {}) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  for (const name of unsupportedOptions) {
    if (options[name] !== undefined) throw notImplemented(`the TLS option ${name}`);
  }
  const tls = require('tls');
  const secure = new SecureContext(options.minVersion ?? tls.DEFAULT_MIN_VERSION, options.maxVersion ?? tls.DEFAULT_MAX_VERSION);
  const { context } = secure;

  const ca = pemList(options.ca, 'ca');
  if (ca.length) for (const item of ca) binding.addCACerts(context, pemBytes(item));
  else check(binding.useSystemCAs(context));

  const certs = pemList(options.cert, 'cert');
  for (const item of certs) check(binding.setCert(context, pemBytes(item)));
  for (const item of pemList(options.key, 'key')) {
    const pem = item && typeof item === 'object' && !ArrayBuffer.isView(item) ? item.pem : item;
    const passphrase = item?.passphrase ?? options.passphrase;
    check(binding.setKey(context, pemBytes(pem), passphrase === undefined ? undefined : String(passphrase)));
  }
  if (certs.length && options.key !== undefined) check(binding.checkKey(context));

  const ciphers = options.ciphers ?? tls.DEFAULT_CIPHERS;
  if (typeof ciphers !== 'string') throw invalidArgType('options.ciphers', 'of type string', ciphers);
  // TLS 1.3 suites are named TLS_*; the rest is the TLS 1.2 cipher list.
  const parts = ciphers.split(':');
  const suites = parts.filter((part) => part.startsWith('TLS_')).join(':');
  const list = parts.filter((part) => !part.startsWith('TLS_')).join(':');
  check(binding.setCiphers(context, list, suites || 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256'));
  if (options.ecdhCurve !== undefined && options.ecdhCurve !== 'auto') throw notImplemented('the TLS option ecdhCurve');
  return secure;
}

// "C=NL\nCN=localhost" as { C: 'NL', CN: 'localhost' } (repeated names as arrays).
function nameObject(lines) {
  const name = { __proto__: null };
  for (const line of lines.split('\n')) {
    if (!line) continue;
    const equals = line.indexOf('=');
    const key = line.slice(0, equals);
    const value = line.slice(equals + 1);
    if (name[key] === undefined) name[key] = value;
    else name[key] = [].concat(name[key], value);
  }
  return name;
}

function fingerprint(raw, algorithm) {
  const hex = require('crypto').createHash(algorithm).update(raw).digest('hex').toUpperCase();
  return hex.match(/../g).join(':');
}

// The binding's description of a certificate as getPeerCertificate() returns it.
function translatePeerCertificate(fields) {
  if (!fields) return null;
  const [subject, issuer, subjectaltname, validFrom, validTo, serialNumber, raw, ca, bits, exponent, modulus, pubkey] = fields;
  const rawBuffer = Buffer.from(raw);
  const certificate = { subject: nameObject(subject), issuer: nameObject(issuer) };
  if (subjectaltname !== undefined) certificate.subjectaltname = subjectaltname;
  certificate.ca = ca;
  // An RSA key's modulus and exponent.
  if (modulus) certificate.modulus = modulus;
  certificate.bits = bits;
  if (modulus) certificate.exponent = `0x${BigInt(`0x${exponent}`).toString(16)}`;
  certificate.pubkey = Buffer.from(pubkey);
  certificate.valid_from = validFrom;
  certificate.valid_to = validTo;
  certificate.fingerprint = fingerprint(rawBuffer, 'sha1');
  certificate.fingerprint256 = fingerprint(rawBuffer, 'sha256');
  certificate.fingerprint512 = fingerprint(rawBuffer, 'sha512');
  certificate.serialNumber = serialNumber;
  certificate.raw = rawBuffer;
  return certificate;
}

// ALPN's wire format from a list of names (or the bytes already in it).
function alpnWire(protocols) {
  if (protocols === undefined || protocols === null) return undefined;
  const out = {};
  require('tls').convertALPNProtocols(protocols, out);
  if (!out.ALPNProtocols) throw invalidArgValue('options.ALPNProtocols', protocols);
  return out.ALPNProtocols;
}

module.exports = { SecureContext, alpnWire, createSecureContext, notImplemented, opensslError, translatePeerCertificate };
