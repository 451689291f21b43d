'use strict';
// The tls module: the defaults, the system's root certificates, ALPN lists, checkServerIdentity,
// and the sockets, servers and secure contexts of lib/_tls_wrap.js and lib/_tls_common.js.

const { Buffer } = require('buffer');
const { codedError } = require('internal/errors');
const { SecureContext, createSecureContext, notImplemented } = require('_tls_common');
const { Server, TLSSocket, connect, createServer } = require('_tls_wrap');

// The system's CA bundle (Debian's ca-certificates).
const kCaBundle = '/etc/ssl/certs/ca-certificates.crt';
let rootCertificates;

function loadRootCertificates() {
  const text = require('fs').readFileSync(kCaBundle, 'latin1');
  const certificates = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return Object.freeze(certificates);
}

// ALPN's wire format: each protocol name preceded by its length in one byte.
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const protocol of protocols) {
      if (typeof protocol !== 'string') throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      const bytes = Buffer.from(protocol);
      if (bytes.length > 255) {
        throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
          `The byte length of the protocol at index ${parts.length} exceeds the maximum length. It must be <= 255. Received ${bytes.length}`);
      }
      parts.push(Buffer.from([bytes.length]), bytes);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

// Whether `host` (lower case labels) matches a certificate name, where the leftmost label may
// hold one '*' standing for part of one label (not in IDNA labels, not directly under a
// public suffix-like two-label name).
function matchesName(hostLabels, pattern) {
  const patternLabels = pattern.toLowerCase().replace(/\.$/, '').split('.');
  if (patternLabels.length !== hostLabels.length || patternLabels.includes('')) return false;
  for (let i = 1; i < patternLabels.length; i++) if (patternLabels[i] !== hostLabels[i]) return false;
  const [first] = patternLabels;
  const star = first.indexOf('*');
  if (star === -1) return first === hostLabels[0];
  if (patternLabels.length < 3 || first.startsWith('xn--') || first.indexOf('*', star + 1) !== -1) return false;
  const prefix = first.slice(0, star);
  const suffix = first.slice(star + 1);
  const label = hostLabels[0];
  return label.length >= prefix.length + suffix.length && label.startsWith(prefix) && label.endsWith(suffix);
}

// An IP address as certificates list it (IPv6 compressed, lower case).
function canonicalIP(address) {
  return address.includes(':') ? new URL(`http://[${address}]`).hostname.slice(1, -1) : address;
}

// undefined when `cert` (as getPeerCertificate describes it) names `hostname`, else the error.
function checkServerIdentity(hostname, cert) {
  const { isIP } = require('net');
  hostname = `${hostname}`;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  const host = hostname.replace(/\.$/, '');
  let reason;
  if (isIP(host)) {
    if (!ips.includes(canonicalIP(host))) reason = `IP: ${host} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || cert.subject?.CN) {
    const labels = host.toLowerCase().split('.');
    if (dnsNames.length > 0) {
      if (!dnsNames.some((name) => matchesName(labels, name)))
        reason = `Host: ${host}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = cert.subject.CN;
      const matched = Array.isArray(cn) ? cn.some((name) => matchesName(labels, name)) : matchesName(labels, cn);
      if (!matched) reason = `Host: ${host}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (reason === undefined) return undefined;
  const error = codedError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID', `Hostname/IP does not match certificate's altnames: ${reason}`);
  error.reason = reason;
  error.host = host;
  error.cert = cert;
  return error;
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:'
    + 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:'
    + 'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:'
    + 'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:'
    + 'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() {
    throw notImplemented('tls.getCiphers()');
  },
  get rootCertificates() {
    return (rootCertificates ??= loadRootCertificates());
  },
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair() {
    throw notImplemented('tls.createSecurePair()');
  },
};

