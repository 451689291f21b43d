// The global crypto (Web Crypto): its descriptor, getRandomValues/randomUUID, and the parts of
// node:crypto Sable does not provide (only their presence is compared with Node).
const nodeCrypto = require('crypto');

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof descriptor.get, descriptor.enumerable, descriptor.configurable);
console.log(typeof crypto, crypto === globalThis.crypto, crypto === crypto, typeof crypto.subtle);
console.log(typeof nodeCrypto.webcrypto.getRandomValues, typeof nodeCrypto.subtle, nodeCrypto.getFips());

const words = crypto.getRandomValues(new Uint32Array(16));
console.log(words.length, words.some((word) => word !== 0));
console.log(crypto.getRandomValues(new Uint8Array(0)).length, crypto.getRandomValues(new Uint8ClampedArray(3)).length);
for (const bad of [new Float64Array(1), new DataView(new ArrayBuffer(1)), [1, 2]]) {
  try {
    crypto.getRandomValues(bad);
    console.log('accepted', bad.constructor.name);
  } catch (error) {
    console.log(bad.constructor.name, error.name, error.message);
  }
}
const ids = new Set(Array.from({ length: 100 }, () => crypto.randomUUID()));
console.log(ids.size, [...ids].every((id) => id.length === 36 && id[14] === '4'));

const exported = ['createHash', 'createHmac', 'getHashes', 'hash', 'randomBytes', 'randomFill', 'randomFillSync',
  'randomInt', 'randomUUID', 'getRandomValues', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'timingSafeEqual',
  'createCipheriv', 'createSign', 'generateKeyPairSync', 'hkdfSync', 'getCiphers', 'Hash', 'Hmac', 'webcrypto'];
for (const name of exported) console.log(name, typeof nodeCrypto[name]);
console.log(nodeCrypto.randomUUID === crypto.randomUUID, typeof require('node:crypto').createHash);
