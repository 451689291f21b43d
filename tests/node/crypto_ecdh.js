'use strict';
// ECDH objects with fixed private keys (public keys in each format, shared secrets both ways),
// generated keys (lengths and agreement only), ECDH.convertKey, diffieHellman() between
// KeyObjects, and errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const alice = crypto.createECDH('prime256v1');
alice.setPrivateKey('c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433', 'hex');
const bob = crypto.createECDH('prime256v1');
bob.setPrivateKey(Buffer.from('c6ef9c5d78ae012a011164acb397ce2088685d8f06bf9be0b283ab46476bee53', 'hex'));
console.log('public', alice.getPublicKey('hex'));
console.log('compressed', alice.getPublicKey('hex', 'compressed'));
console.log('hybrid', alice.getPublicKey('base64', 'hybrid'));
console.log('buffer', alice.getPublicKey().length, alice.getPublicKey(null, 'compressed').length, alice.getPrivateKey('hex'));
const secret = alice.computeSecret(bob.getPublicKey());
console.log('secret', secret.toString('hex'));
console.log('both ways', bob.computeSecret(alice.getPublicKey('base64'), 'base64', 'hex') === secret.toString('hex'),
  bob.computeSecret(alice.getPublicKey(null, 'compressed')).equals(secret));

for (const curve of ['secp256k1', 'secp384r1', 'secp521r1', 'prime192v1']) {
  const a = crypto.createECDH(curve);
  const b = crypto.createECDH(curve);
  const publicA = a.generateKeys();
  const publicB = b.generateKeys('hex', 'compressed');
  console.log(curve, publicA.length, publicB.length, a.computeSecret(publicB, 'hex').equals(b.computeSecret(publicA)), a.computeSecret(publicB, 'hex').length);
}

console.log('convert', crypto.ECDH.convertKey(alice.getPublicKey(), 'prime256v1', undefined, 'hex', 'compressed'));
console.log('convert back', crypto.ECDH.convertKey(alice.getPublicKey('hex', 'compressed'), 'prime256v1', 'hex', 'hex') === alice.getPublicKey('hex'));
const viewer = crypto.createECDH('prime256v1');
viewer.setPublicKey(alice.getPublicKey());
console.log('setPublicKey', viewer.getPublicKey('hex') === alice.getPublicKey('hex'), crypto.createECDH('prime256v1') instanceof crypto.ECDH);

attempt('unknown curve', () => crypto.createECDH('nope'));
attempt('NIST name', () => crypto.createECDH('P-256'));
attempt('curve type', () => crypto.createECDH(5));
attempt('invalid point', () => alice.computeSecret(Buffer.from('0400', 'hex')));
attempt('zero private key', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32)));
attempt('private key too big', () => crypto.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32, 255)));
attempt('no public key', () => crypto.createECDH('prime256v1').getPublicKey());
attempt('no private key', () => crypto.createECDH('prime256v1').getPrivateKey());
attempt('format', () => alice.getPublicKey('hex', 'weird'));
attempt('key type', () => alice.computeSecret(5));
attempt('convert curve', () => crypto.ECDH.convertKey(alice.getPublicKey(), 'nope'));
attempt('convert key', () => crypto.ECDH.convertKey(Buffer.from('05'), 'prime256v1'));

// diffieHellman() with KeyObjects.
const x1 = crypto.generateKeyPairSync('x25519');
const x2 = crypto.generateKeyPairSync('x25519');
const shared = crypto.diffieHellman({ privateKey: x1.privateKey, publicKey: x2.publicKey });
console.log('x25519', shared.length, shared.equals(crypto.diffieHellman({ privateKey: x2.privateKey, publicKey: x1.publicKey })));
const e1 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
const e2 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384' });
console.log('ec', crypto.diffieHellman({ privateKey: e1.privateKey, publicKey: e2.privateKey }).length);
const x448 = crypto.generateKeyPairSync('x448');
console.log('x448', crypto.diffieHellman({ privateKey: x448.privateKey, publicKey: crypto.generateKeyPairSync('x448').publicKey }).length);
attempt('mixed types', () => crypto.diffieHellman({ privateKey: x1.privateKey, publicKey: x448.publicKey }));
attempt('ed25519', () => { const k = crypto.generateKeyPairSync('ed25519'); return crypto.diffieHellman({ privateKey: k.privateKey, publicKey: k.publicKey }); });
attempt('different curves', () => crypto.diffieHellman({ privateKey: e1.privateKey, publicKey: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey }));
attempt('public as private', () => crypto.diffieHellman({ privateKey: x1.publicKey, publicKey: x2.publicKey }));
attempt('not keys', () => crypto.diffieHellman({ privateKey: 5, publicKey: 5 }));
attempt('no options', () => crypto.diffieHellman());
