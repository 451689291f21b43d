'use strict';
// One-shot sign and verify: deterministic RSA PKCS#1 v1.5 and Ed25519/Ed448 signatures, PSS
// and ECDSA/DSA (random, so only their lengths and verification are shown), IEEE P1363
// encoding, key arguments of each kind, callbacks and errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'crypto_keys');
const read = (name) => fs.readFileSync(path.join(dir, name));

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const data = Buffer.from('The message to sign');
const rsa = crypto.createPrivateKey(read('rsa_private.pem'));
const rsaPublic = crypto.createPublicKey(rsa);
const { RSA_PKCS1_PSS_PADDING, RSA_PSS_SALTLEN_AUTO, RSA_PSS_SALTLEN_DIGEST } = crypto.constants;

for (const digest of ['sha1', 'sha256', 'sha384', 'sha512', 'sha3-256', null]) {
  const signature = crypto.sign(digest, data, rsa);
  console.log('rsa', digest, signature.toString('base64').slice(0, 44), crypto.verify(digest, data, rsaPublic, signature),
    crypto.verify(digest, Buffer.from('other'), rsaPublic, signature));
}
console.log('pem strings', crypto.verify('sha256', data, read('rsa_public.pem').toString(), crypto.sign('sha256', data, read('rsa_private.pem').toString())));
console.log('private verifies', crypto.verify('sha256', data, rsa, crypto.sign('sha256', data, rsa)));
console.log('string data', crypto.sign('sha256', 'text', rsa).equals(crypto.sign('sha256', Buffer.from('text'), rsa)));

for (const saltLength of [0, 20, 32, RSA_PSS_SALTLEN_DIGEST]) {
  const signature = crypto.sign('sha256', data, { key: rsa, padding: RSA_PKCS1_PSS_PADDING, saltLength });
  const check = (length) => crypto.verify('sha256', data, { key: rsaPublic, padding: RSA_PKCS1_PSS_PADDING, saltLength: length }, signature);
  console.log('pss', saltLength, signature.length, check(saltLength), check(RSA_PSS_SALTLEN_AUTO), check(saltLength + 1));
}
const pssKey = crypto.createPrivateKey(read('rsa_pss_private.pem'));
console.log('rsa-pss key', crypto.verify('sha256', data, pssKey, crypto.sign('sha256', data, pssKey)));
attempt('rsa-pss key, other digest', () => crypto.sign('sha1', data, pssKey));

for (const name of ['ec_p256_private.pem', 'ec_p384_private.pem', 'dsa_private.pem']) {
  const key = crypto.createPrivateKey(read(name));
  const der = crypto.sign('sha256', data, key);
  const p1363 = crypto.sign('sha256', data, { key, dsaEncoding: 'ieee-p1363' });
  console.log(name, der[0].toString(16), p1363.length, crypto.verify('sha256', data, crypto.createPublicKey(key), der),
    crypto.verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, p1363), crypto.verify('sha256', data, key, p1363),
    crypto.verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, p1363.subarray(1)));
}

for (const name of ['ed25519_private.pem', 'ed448_private.pem']) {
  const key = crypto.createPrivateKey(read(name));
  const signature = crypto.sign(null, data, key);
  console.log(name, signature.length, signature.toString('hex').slice(0, 32), crypto.verify(undefined, data, crypto.createPublicKey(key), signature));
}

attempt('ed25519 with digest', () => crypto.sign('sha256', data, crypto.createPrivateKey(read('ed25519_private.pem'))));
attempt('x25519', () => crypto.sign(null, data, crypto.createPrivateKey(read('x25519_private.pem'))));
attempt('unknown digest', () => crypto.sign('nope', data, rsa));
attempt('algorithm type', () => crypto.sign(5, data, rsa));
attempt('public key', () => crypto.sign('sha256', data, rsaPublic));
attempt('secret key', () => crypto.sign('sha256', data, crypto.createSecretKey(Buffer.alloc(4))));
attempt('key type', () => crypto.sign('sha256', data, 5));
attempt('dsaEncoding', () => crypto.sign('sha256', data, { key: rsa, dsaEncoding: 'raw' }));
attempt('padding', () => crypto.sign('sha256', data, { key: rsa, padding: 'pss' }));
attempt('saltLength', () => crypto.sign('sha256', data, { key: rsa, saltLength: 1.5 }));
attempt('signature type', () => crypto.verify('sha256', data, rsaPublic, 'signature'));
attempt('garbage signature', () => crypto.verify('sha256', data, rsaPublic, Buffer.alloc(16)));
attempt('callback type', () => crypto.sign('sha256', data, rsa, 'callback'));

crypto.sign('sha256', data, rsa, (error, signature) => {
  console.log('callback sign', error, signature.length);
  crypto.verify('sha256', data, rsaPublic, signature, (error, valid) => console.log('callback verify', error, valid));
});
