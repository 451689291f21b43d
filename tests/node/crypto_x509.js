'use strict';
// X509Certificate over a fixture CA and a leaf it issued: names, alternative names, access
// info, validity, serial, fingerprints, key usage, public key, host/email/IP checks with
// options, issuer and key checks, verify, PEM output, and errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'crypto_keys');
const read = (name) => fs.readFileSync(path.join(dir, name));
const { X509Certificate } = crypto;

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message.split('. Received')[0]);
  }
}

const leaf = new X509Certificate(read('leaf_cert.pem'));
const ca = new X509Certificate(read('ca_cert.pem').toString());
for (const certificate of [leaf, ca]) {
  for (const field of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo', 'serialNumber', 'ca', 'keyUsage',
    'fingerprint', 'fingerprint256', 'fingerprint512', 'issuerCertificate']) {
    console.log(field, JSON.stringify(certificate[field]));
  }
  const key = certificate.publicKey;
  console.log('publicKey', key.type, key.asymmetricKeyType, certificate.raw.length, Buffer.isBuffer(certificate.raw));
}
console.log('leaf key', leaf.publicKey.equals(crypto.createPublicKey(read('rsa_public.pem'))));
console.log('from DER', new X509Certificate(leaf.raw).fingerprint256 === leaf.fingerprint256);
console.log('PEM', leaf.toString() === read('leaf_cert.pem').toString(), leaf.toJSON() === leaf.toString(), JSON.stringify({ leaf }).length > 100);

for (const name of ['sable.example', 'www.sable.example', 'a.b.sable.example', 'SABLE.EXAMPLE', 'other.example']) {
  console.log('checkHost', name, leaf.checkHost(name), leaf.checkHost(name, { wildcards: false }), leaf.checkHost(name, { subject: 'never' }));
}
console.log('checkHost subject', ca.checkHost('Sable Root'), ca.checkHost('Sable Root', { subject: 'always' }));
for (const email of ['admin@sable.example', 'ADMIN@sable.example', 'root@sable.example']) console.log('checkEmail', email, leaf.checkEmail(email));
for (const ip of ['127.0.0.1', '::1', '0:0:0:0:0:0:0:1', '10.0.0.1']) console.log('checkIP', ip, leaf.checkIP(ip));

console.log('checkIssued', leaf.checkIssued(ca), ca.checkIssued(ca), leaf.checkIssued(leaf), ca.checkIssued(leaf));
console.log('verify', leaf.verify(ca.publicKey), ca.verify(ca.publicKey), leaf.verify(leaf.publicKey));
console.log('checkPrivateKey', leaf.checkPrivateKey(crypto.createPrivateKey(read('rsa_private.pem'))),
  leaf.checkPrivateKey(crypto.createPrivateKey(read('ec_p256_private.pem'))), ca.checkPrivateKey(crypto.createPrivateKey(read('ec_p256_private.pem'))));

attempt('garbage', () => new X509Certificate('not a certificate'));
attempt('type', () => new X509Certificate(5));
attempt('checkHost type', () => leaf.checkHost(5));
attempt('checkHost subject option', () => leaf.checkHost('x', { subject: 'sometimes' }));
attempt('checkHost wildcards option', () => leaf.checkHost('x', { wildcards: 'no' }));
attempt('checkIP invalid', () => leaf.checkIP('not an ip'));
attempt('checkIssued type', () => leaf.checkIssued({}));
attempt('verify private', () => leaf.verify(crypto.createPrivateKey(read('rsa_private.pem'))));
attempt('checkPrivateKey public', () => leaf.checkPrivateKey(leaf.publicKey));
