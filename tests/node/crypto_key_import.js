'use strict';
// createPrivateKey and createPublicKey: each fixture key's type and details, PEM/DER/encrypted
// inputs, public keys derived from private ones, and the errors for bad input.
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

const describe = (key) => [key.type, key.asymmetricKeyType, key.asymmetricKeyDetails, key.symmetricKeySize];
for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.pem') && !file.includes('cert')).sort()) {
  attempt(name, () => {
    if (name.includes('public')) return describe(crypto.createPublicKey(read(name)));
    if (name.includes('encrypted')) return describe(crypto.createPrivateKey({ key: read(name), passphrase: 'sable-passphrase' }));
    return describe(crypto.createPrivateKey(read(name).toString()));
  });
}

const rsa = crypto.createPrivateKey(read('rsa_private.pem'));
const rsaPublic = crypto.createPublicKey(read('rsa_public.pem'));
console.log('public of private', crypto.createPublicKey(rsa).equals(rsaPublic), crypto.createPublicKey(read('rsa_private.pem')).equals(rsaPublic));
console.log('pkcs1 = pkcs8', crypto.createPrivateKey(read('rsa_private_pkcs1.pem')).equals(rsa));
console.log('sec1 = pkcs8', crypto.createPrivateKey(read('ec_p256_sec1.pem')).equals(crypto.createPrivateKey(read('ec_p256_private.pem'))));
console.log('buffer passphrase', crypto.createPrivateKey({ key: read('rsa_private_encrypted.pem'), passphrase: Buffer.from('sable-passphrase') }).equals(rsa));
console.log('pem object', crypto.createPrivateKey({ key: read('rsa_private.pem'), format: 'pem' }).equals(rsa));
console.log('hex pem', crypto.createPrivateKey({ key: read('rsa_private.pem').toString('hex'), encoding: 'hex' }).equals(rsa));

const der = (key, type) => key.export({ type, format: 'der' });
console.log('der pkcs8', crypto.createPrivateKey({ key: der(rsa, 'pkcs8'), format: 'der', type: 'pkcs8' }).equals(rsa));
console.log('der pkcs1', crypto.createPrivateKey({ key: der(rsa, 'pkcs1'), format: 'der', type: 'pkcs1' }).equals(rsa));
console.log('der spki', crypto.createPublicKey({ key: der(rsaPublic, 'spki'), format: 'der', type: 'spki' }).equals(rsaPublic));
console.log('der pkcs1 public', crypto.createPublicKey({ key: der(rsaPublic, 'pkcs1'), format: 'der', type: 'pkcs1' }).equals(rsaPublic));
const ec = crypto.createPrivateKey(read('ec_p256_private.pem'));
console.log('der sec1', crypto.createPrivateKey({ key: der(ec, 'sec1'), format: 'der', type: 'sec1' }).equals(ec));
console.log('der ArrayBuffer', crypto.createPublicKey({ key: new Uint8Array(der(rsaPublic, 'spki')).buffer, format: 'der', type: 'spki' }).type);

attempt('no passphrase', () => crypto.createPrivateKey(read('rsa_private_encrypted.pem')));
attempt('wrong passphrase', () => crypto.createPrivateKey({ key: read('rsa_private_encrypted.pem'), passphrase: 'wrong' }));
attempt('garbage', () => crypto.createPrivateKey('not a key'));
attempt('garbage public', () => crypto.createPublicKey(Buffer.from('not a key')));
attempt('private from public', () => crypto.createPrivateKey(read('rsa_public.pem')));
attempt('der without type', () => crypto.createPrivateKey({ key: der(rsa, 'pkcs8'), format: 'der' }));
attempt('der spki as private', () => crypto.createPrivateKey({ key: der(rsaPublic, 'spki'), format: 'der', type: 'spki' }));
attempt('bad format', () => crypto.createPrivateKey({ key: read('rsa_private.pem'), format: 'xml' }));
attempt('number', () => crypto.createPrivateKey(5));
attempt('key number', () => crypto.createPublicKey({ key: 5 }));
attempt('public from secret', () => crypto.createPublicKey(crypto.createSecretKey(Buffer.alloc(4))));
attempt('public from public', () => crypto.createPublicKey(rsaPublic));
console.log(Object.prototype.toString.call(rsa), rsa.constructor.name, rsaPublic.constructor.name, rsa instanceof crypto.KeyObject);
console.log(rsa.equals(rsaPublic), rsa.equals(crypto.createPrivateKey(read('ec_p256_private.pem'))), rsa.equals(crypto.createSecretKey(Buffer.alloc(2))));
