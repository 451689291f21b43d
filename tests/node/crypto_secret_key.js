'use strict';
// Secret KeyObjects: createSecretKey from each input kind, properties, export (buffer, JWK),
// equals, use as a cipher and HMAC key, and errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const bytes = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
const key = crypto.createSecretKey(bytes);
console.log(key.type, key.symmetricKeySize, key.asymmetricKeyType, key.asymmetricKeyDetails);
console.log(key.export(), key.export({ format: 'buffer' }), key.export({ format: 'jwk' }));
console.log(Object.prototype.toString.call(key), key instanceof crypto.KeyObject, key.constructor.name);
console.log(Object.getPrototypeOf(key.constructor) === crypto.KeyObject);

// The key keeps its own copy.
bytes[0] = 0xff;
console.log(key.export().toString('hex'));
const exported = key.export();
exported[1] = 0;
console.log(key.export().toString('hex'));

for (const [label, input, encoding] of [
  ['hex string', 'deadbeef', 'hex'], ['base64 string', '3q2+7w==', 'base64'], ['utf8 string', 'pässword', undefined],
  ['ArrayBuffer', new Uint8Array([1, 2, 3]).buffer], ['Uint32Array', new Uint32Array([1])], ['DataView', new DataView(new ArrayBuffer(2))],
  ['empty', Buffer.alloc(0)],
]) {
  attempt(label, () => crypto.createSecretKey(input, encoding).export().toString('hex'));
}
attempt('number', () => crypto.createSecretKey(5));
attempt('unknown encoding', () => crypto.createSecretKey('abcd', 'foo'));

const same = crypto.createSecretKey(Buffer.from('00112233445566778899aabbccddeeff', 'hex'));
console.log('equals', key.equals(same), key.equals(crypto.createSecretKey(Buffer.alloc(16))), key.equals(crypto.createSecretKey(Buffer.alloc(3))));
attempt('equals non-key', () => key.equals('x'));
attempt('export pem', () => key.export({ format: 'pem' }));
attempt('export number', () => key.export(5));
attempt('new KeyObject', () => new crypto.KeyObject('secret', {}));
attempt('bad type', () => new crypto.KeyObject('other', {}));
attempt('from', () => crypto.KeyObject.from({}));

// Where keys are accepted.
const iv = Buffer.alloc(16);
console.log(crypto.createCipheriv('aes-128-cbc', key, iv).final('hex'));
console.log(crypto.createCipheriv('aes-128-cbc', same, iv).final('hex'));
console.log(crypto.hkdfSync('sha256', key, 'salt', 'info', 8));
console.log(crypto.createHmac('sha256', key).update('data').digest('hex') === crypto.createHmac('sha256', key.export()).update('data').digest('hex'));
attempt('hmac with a public key', () => crypto.createHmac('sha256', crypto.createPublicKey(crypto.generateKeyPairSync('ed25519').privateKey)));
