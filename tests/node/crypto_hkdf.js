'use strict';
// hkdf and hkdfSync: RFC 5869 test cases, input kinds, digests, lengths and errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const hex = (arrayBuffer) => Buffer.from(arrayBuffer).toString('hex');

// RFC 5869 A.1 (SHA-256), A.3 (empty salt and info), A.4 (SHA-1).
const ikm = Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex');
console.log('A.1', hex(crypto.hkdfSync('sha256', ikm, Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42)));
console.log('A.3', hex(crypto.hkdfSync('sha256', ikm, '', '', 42)));
console.log('A.4', hex(crypto.hkdfSync('sha1', ikm.subarray(0, 11), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42)));

const result = crypto.hkdfSync('sha512', 'key', 'salt', 'info', 64);
console.log(Object.prototype.toString.call(result), result.byteLength);
for (const digest of ['md5', 'sha224', 'sha384', 'sha3-256', 'SHA256']) {
  console.log(digest, hex(crypto.hkdfSync(digest, 'secret', 'salt', 'context', 20)));
}
for (const length of [0, 1, 32, 255 * 32]) console.log('length', length, crypto.hkdfSync('sha256', 'k', 's', 'i', length).byteLength);
console.log('inputs', hex(crypto.hkdfSync('sha256', new Uint8Array([1, 2]).buffer, new Uint16Array([3]), new DataView(new ArrayBuffer(1)), 8)));
console.log('key object', hex(crypto.hkdfSync('sha256', crypto.createSecretKey(Buffer.from('key')), 'salt', 'info', 8)) ===
  hex(crypto.hkdfSync('sha256', 'key', 'salt', 'info', 8)));

attempt('too long', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
attempt('unknown digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 8));
attempt('digest type', () => crypto.hkdfSync(1, 'k', 's', 'i', 8));
attempt('ikm type', () => crypto.hkdfSync('sha256', 5, 's', 'i', 8));
attempt('salt type', () => crypto.hkdfSync('sha256', 'k', 5, 'i', 8));
attempt('info too long', () => crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1025), 8));
attempt('length type', () => crypto.hkdfSync('sha256', 'k', 's', 'i', '8'));
attempt('negative length', () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
attempt('no callback', () => crypto.hkdf('sha256', 'k', 's', 'i', 8));

crypto.hkdf('sha256', ikm, '', '', 42, (error, key) => {
  console.log('callback', error, Object.prototype.toString.call(key), hex(key));
});
console.log('after hkdf call');
