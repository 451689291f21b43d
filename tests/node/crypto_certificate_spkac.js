'use strict';
// Certificate (SPKAC requests): a fixture request made by `openssl spkac` with the fixture RSA
// key: verification, challenge and public key, as string/Buffer/hex input, the instance form,
// a tampered request, garbage and argument errors.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'crypto_keys');
const spkac = fs.readFileSync(path.join(dir, 'spkac.b64'));
const { Certificate } = crypto;

console.log('verify', Certificate.verifySpkac(spkac), Certificate.verifySpkac(spkac.toString()), Certificate.verifySpkac(new Uint8Array(spkac)));
console.log('challenge', Certificate.exportChallenge(spkac), Certificate.exportChallenge(spkac.toString()).toString());
console.log('hex input', Certificate.exportChallenge(spkac.toString('hex'), 'hex').toString());
const publicKey = Certificate.exportPublicKey(spkac);
console.log('public key', Buffer.isBuffer(publicKey), publicKey.toString().split('\n')[0],
  publicKey.toString() === fs.readFileSync(path.join(dir, 'rsa_public.pem'), 'latin1'));

const instance = new Certificate();
const called = Certificate();
console.log('instances', instance.verifySpkac(spkac), called.exportChallenge(spkac).toString(), called instanceof Certificate);
console.log(Object.getOwnPropertyNames(Certificate).sort(), Object.getOwnPropertyNames(Certificate.prototype).sort());

const tampered = Buffer.from(spkac);
tampered[60] ^= 1;
console.log('tampered', Certificate.verifySpkac(tampered));
console.log('garbage', Certificate.verifySpkac(Buffer.from('garbage')), JSON.stringify(Certificate.exportChallenge('garbage')),
  JSON.stringify(Certificate.exportPublicKey('garbage')), Certificate.verifySpkac(''));

for (const fn of ['verifySpkac', 'exportChallenge', 'exportPublicKey']) {
  try {
    Certificate[fn](5);
  } catch (error) {
    console.log(fn, error.name, error.code, error.message);
  }
}
