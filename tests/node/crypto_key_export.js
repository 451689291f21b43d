'use strict';
// KeyObject.export for public and private keys: PEM and DER in each encoding, round trips to
// the fixture files, encrypted output (read back with the passphrase), and option errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'crypto_keys');
const read = (name) => fs.readFileSync(path.join(dir, name), 'latin1');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const rsa = crypto.createPrivateKey(read('rsa_private.pem'));
const rsaPublic = crypto.createPublicKey(rsa);
const ec = crypto.createPrivateKey(read('ec_p256_private.pem'));
const ed = crypto.createPrivateKey(read('ed25519_private.pem'));

console.log('pkcs8 pem', rsa.export({ type: 'pkcs8', format: 'pem' }) === read('rsa_private.pem'));
console.log('pkcs1 pem', rsa.export({ type: 'pkcs1', format: 'pem' }) === read('rsa_private_pkcs1.pem'));
console.log('spki pem', rsaPublic.export({ type: 'spki', format: 'pem' }) === read('rsa_public.pem'));
console.log('sec1 pem', ec.export({ type: 'sec1', format: 'pem' }) === read('ec_p256_sec1.pem'));
console.log('ec spki', crypto.createPublicKey(ec).export({ type: 'spki', format: 'pem' }) === read('ec_p256_public.pem'));
console.log('ed pkcs8', ed.export({ type: 'pkcs8', format: 'pem' }) === read('ed25519_private.pem'));
console.log('ed spki', crypto.createPublicKey(ed).export({ type: 'spki', format: 'pem' }) === read('ed25519_public.pem'));
console.log('pkcs1 public', rsaPublic.export({ type: 'pkcs1', format: 'pem' }).split('\n')[0]);

for (const [key, type] of [[rsa, 'pkcs8'], [rsa, 'pkcs1'], [rsaPublic, 'spki'], [rsaPublic, 'pkcs1'], [ec, 'sec1'], [ec, 'pkcs8'], [ed, 'pkcs8']]) {
  const der = key.export({ type, format: 'der' });
  console.log('der', key.type, key.asymmetricKeyType, type, Buffer.isBuffer(der), der.length, der.subarray(0, 4).toString('hex'));
}

for (const [type, cipher] of [['pkcs8', 'aes-256-cbc'], ['pkcs8', 'aes-128-cbc'], ['pkcs1', 'aes-128-cbc'], ['pkcs1', 'des-ede3-cbc']]) {
  const pem = rsa.export({ type, format: 'pem', cipher, passphrase: 'top secret' });
  const lines = pem.split('\n');
  const legacy = lines[1].startsWith('Proc-Type');
  console.log('encrypted', type, cipher, lines[0], legacy ? `${lines[1]} ${lines[2].split(',')[0]}` : 'PKCS#8');
  console.log('  reads back', crypto.createPrivateKey({ key: pem, passphrase: 'top secret' }).equals(rsa));
}
const encryptedEc = ec.export({ type: 'sec1', format: 'pem', cipher: 'aes-256-cbc', passphrase: Buffer.from('pw') });
console.log('sec1 encrypted', encryptedEc.split('\n')[1], crypto.createPrivateKey({ key: encryptedEc, passphrase: 'pw' }).equals(ec));
const encryptedDer = ec.export({ type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'pw' });
console.log('pkcs8 der encrypted', crypto.createPrivateKey({ key: encryptedDer, format: 'der', type: 'pkcs8', passphrase: 'pw' }).equals(ec));

attempt('no options', () => rsa.export());
attempt('options number', () => rsa.export(1));
attempt('no type', () => rsa.export({ format: 'pem' }));
attempt('bad format', () => rsa.export({ type: 'pkcs8', format: 'txt' }));
attempt('sec1 on rsa', () => rsa.export({ type: 'sec1', format: 'pem' }));
attempt('pkcs1 on ec', () => ec.export({ type: 'pkcs1', format: 'pem' }));
attempt('pkcs8 on public', () => rsaPublic.export({ type: 'pkcs8', format: 'pem' }));
attempt('spki on private', () => rsa.export({ type: 'spki', format: 'pem' }));
attempt('cipher without passphrase', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc' }));
attempt('unknown cipher', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'x' }));
attempt('encrypted pkcs1 der', () => rsa.export({ type: 'pkcs1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }));
