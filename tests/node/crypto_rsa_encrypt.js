'use strict';
// publicEncrypt/privateDecrypt (OAEP with digests and labels, no padding) and
// privateEncrypt/publicDecrypt (PKCS#1 v1.5, deterministic), key arguments, and errors.
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

const { RSA_PKCS1_PADDING, RSA_NO_PADDING, RSA_PKCS1_OAEP_PADDING } = crypto.constants;
const rsa = crypto.createPrivateKey(read('rsa_private.pem'));
const publicPem = read('rsa_public.pem');

for (const oaepHash of [undefined, 'sha1', 'sha256', 'sha512']) {
  for (const oaepLabel of [undefined, Buffer.from('label')]) {
    const encrypted = crypto.publicEncrypt({ key: publicPem, oaepHash, oaepLabel }, Buffer.from('secret message'));
    const decrypted = crypto.privateDecrypt({ key: rsa, oaepHash, oaepLabel, padding: RSA_PKCS1_OAEP_PADDING }, encrypted);
    console.log('oaep', oaepHash, oaepLabel && oaepLabel.toString(), encrypted.length, decrypted.toString());
  }
}
console.log('string input', crypto.privateDecrypt(rsa, crypto.publicEncrypt(publicPem, 'text')).toString());
console.log('from private key', crypto.privateDecrypt(read('rsa_private.pem'), crypto.publicEncrypt(rsa, 'via private')).toString());
console.log('encrypted key', crypto.privateDecrypt({ key: read('rsa_private_encrypted.pem'), passphrase: 'sable-passphrase' },
  crypto.publicEncrypt(publicPem, 'passphrase')).toString());

const block = Buffer.alloc(256, 7);
const raw = crypto.publicEncrypt({ key: publicPem, padding: RSA_NO_PADDING }, block);
console.log('no padding', raw.toString('hex').slice(0, 32), crypto.privateDecrypt({ key: rsa, padding: RSA_NO_PADDING }, raw).equals(block));

for (const message of ['hello', '', 'x'.repeat(245)]) {
  const signed = crypto.privateEncrypt(rsa, Buffer.from(message));
  console.log('privateEncrypt', message.length, signed.toString('hex').slice(0, 32), crypto.publicDecrypt(publicPem, signed).toString() === message,
    crypto.publicDecrypt(rsa, signed).length);
}
console.log('padding option', crypto.privateEncrypt({ key: rsa, padding: RSA_PKCS1_PADDING }, Buffer.from('x')).length);

attempt('oaep wrong label', () => crypto.privateDecrypt(rsa, crypto.publicEncrypt({ key: publicPem, oaepLabel: Buffer.from('a') }, 'x')));
attempt('oaep wrong hash', () => crypto.privateDecrypt({ key: rsa, oaepHash: 'sha256' }, crypto.publicEncrypt(publicPem, 'x')));
attempt('pkcs1 decryption', () => crypto.privateDecrypt({ key: rsa, padding: RSA_PKCS1_PADDING }, crypto.publicEncrypt({ key: publicPem, padding: RSA_PKCS1_PADDING }, 'x')));
attempt('too long', () => crypto.publicEncrypt(publicPem, Buffer.alloc(300)));
attempt('no padding, short', () => crypto.publicEncrypt({ key: publicPem, padding: RSA_NO_PADDING }, Buffer.alloc(10)));
attempt('unknown oaepHash', () => crypto.publicEncrypt({ key: publicPem, oaepHash: 'nope' }, 'x'));
attempt('oaepHash type', () => crypto.publicEncrypt({ key: publicPem, oaepHash: 1 }, 'x'));
attempt('oaepLabel type', () => crypto.publicEncrypt({ key: publicPem, oaepLabel: 1 }, 'x'));
attempt('buffer type', () => crypto.publicEncrypt(publicPem, 1));
attempt('garbage', () => crypto.privateDecrypt(rsa, Buffer.alloc(256)));
attempt('private op with public key', () => crypto.privateDecrypt(publicPem, Buffer.alloc(256)));
attempt('ec key', () => crypto.publicEncrypt(read('ec_p256_public.pem'), 'x'));
attempt('publicDecrypt garbage', () => crypto.publicDecrypt(publicPem, Buffer.alloc(256, 1)));
