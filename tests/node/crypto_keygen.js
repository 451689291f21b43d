'use strict';
// generateKeyPairSync / generateKeyPair for each key type (the details and how the pair works
// together, not the random keys), key encodings of the results, generateKey(Sync) for HMAC
// and AES, and the option errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const describe = ({ publicKey, privateKey }) => [publicKey.type, privateKey.type, privateKey.asymmetricKeyType,
  JSON.stringify(privateKey.asymmetricKeyDetails, (key, value) => typeof value === 'bigint' ? `${value}n` : value),
  crypto.createPublicKey(privateKey).equals(publicKey)];

attempt('rsa', () => describe(crypto.generateKeyPairSync('rsa', { modulusLength: 1024 })));
attempt('rsa exponent 3', () => describe(crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 })));
attempt('rsa-pss', () => describe(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha1', saltLength: 16 })));
attempt('rsa-pss plain', () => describe(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 })));
attempt('dsa', () => describe(crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 })));
for (const namedCurve of ['P-256', 'prime256v1', 'secp384r1', 'secp521r1', 'secp256k1']) {
  attempt(`ec ${namedCurve}`, () => describe(crypto.generateKeyPairSync('ec', { namedCurve })));
}
for (const type of ['ed25519', 'ed448', 'x25519', 'x448']) attempt(type, () => describe(crypto.generateKeyPairSync(type)));
attempt('dh modp14', () => describe(crypto.generateKeyPairSync('dh', { group: 'modp14' })));

// The pairs work: a signature verifies, an encryption decrypts.
const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log('rsa works', crypto.verify('sha256', Buffer.from('x'), rsa.publicKey, crypto.sign('sha256', Buffer.from('x'), rsa.privateKey)),
  crypto.privateDecrypt(rsa.privateKey, crypto.publicEncrypt(rsa.publicKey, 'secret')).toString());
const ed = crypto.generateKeyPairSync('ed25519');
console.log('ed25519 works', crypto.verify(null, Buffer.from('x'), ed.publicKey, crypto.sign(null, Buffer.from('x'), ed.privateKey)));

const encoded = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'sec1', format: 'der' } });
console.log('encoded', typeof encoded.publicKey, encoded.publicKey.split('\n')[0], Buffer.isBuffer(encoded.privateKey));
const jwk = crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
console.log('jwk', Object.keys(jwk.publicKey), Object.keys(jwk.privateKey));
const encrypted = crypto.generateKeyPairSync('rsa', { modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' } });
console.log('encrypted', encrypted.privateKey.split('\n')[0], crypto.createPrivateKey({ key: encrypted.privateKey, passphrase: 'pw' }).type);

attempt('unknown type', () => crypto.generateKeyPairSync('foo'));
attempt('type number', () => crypto.generateKeyPairSync(5));
attempt('no options', () => crypto.generateKeyPairSync('rsa'));
attempt('no modulusLength', () => crypto.generateKeyPairSync('rsa', {}));
attempt('modulusLength string', () => crypto.generateKeyPairSync('rsa', { modulusLength: '1024' }));
attempt('modulusLength negative', () => crypto.generateKeyPairSync('rsa', { modulusLength: -1 }));
attempt('publicExponent', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 'x' }));
attempt('pss digest', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'nope' }));
attempt('ec curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }));
attempt('ec no curve', () => crypto.generateKeyPairSync('ec', {}));
attempt('dh group', () => crypto.generateKeyPairSync('dh', { group: 'modp99' }));
attempt('dh nothing', () => crypto.generateKeyPairSync('dh', {}));
attempt('public encoding type', () => crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { type: 'pkcs8', format: 'pem' } }));
attempt('public encoding', () => crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: 'pem' }));
attempt('private encoding format', () => crypto.generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'xml' } }));

for (const [type, length] of [['hmac', 8], ['hmac', 123], ['hmac', 512], ['aes', 128], ['aes', 192], ['aes', 256]]) {
  const key = crypto.generateKeySync(type, { length });
  console.log('generateKeySync', type, length, key.type, key.symmetricKeySize);
}
attempt('aes length', () => crypto.generateKeySync('aes', { length: 100 }));
attempt('hmac length', () => crypto.generateKeySync('hmac', { length: 7 }));
attempt('secret type', () => crypto.generateKeySync('des', { length: 64 }));
attempt('secret options', () => crypto.generateKeySync('aes'));
attempt('no callback', () => crypto.generateKeyPair('ec', { namedCurve: 'P-256' }));
attempt('bad curve, async', () => crypto.generateKeyPair('ec', { namedCurve: 'nope' }, () => {}));

// One after another: Node's thread pool may finish concurrent jobs in any order.
crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (error, publicKey, privateKey) => {
  console.log('generateKeyPair', error, publicKey.type, privateKey.asymmetricKeyDetails);
  crypto.generateKey('hmac', { length: 64 }, (error, key) => console.log('generateKey', error, key.symmetricKeySize));
});
console.log('after async calls');
