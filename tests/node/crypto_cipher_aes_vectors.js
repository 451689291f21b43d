'use strict';
// AES known answers (NIST SP 800-38A) in ECB, CBC, CTR, CFB and OFB, other ciphers' round
// trips, and padding.
const crypto = require('crypto');

const key128 = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
const key256 = Buffer.from('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4', 'hex');
const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const counter = Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex');
const plaintext = Buffer.from('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51', 'hex');

function encrypt(name, key, iv, data, padding = true) {
  const cipher = crypto.createCipheriv(name, key, iv);
  cipher.setAutoPadding(padding);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

function decrypt(name, key, iv, data, padding = true) {
  const decipher = crypto.createDecipheriv(name, key, iv);
  decipher.setAutoPadding(padding);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

for (const [name, key, vector] of [
  ['aes-128-ecb', key128, null], ['aes-128-cbc', key128, iv], ['aes-128-ctr', key128, counter],
  ['aes-128-cfb', key128, iv], ['aes-128-ofb', key128, iv], ['aes-256-ecb', key256, null],
  ['aes-256-cbc', key256, iv], ['aes-256-ctr', key256, counter], ['aes-192-cbc', key256.subarray(0, 24), iv],
]) {
  const ciphertext = encrypt(name, key, vector, plaintext, false);
  console.log(name, ciphertext.toString('hex'), decrypt(name, key, vector, ciphertext, false).equals(plaintext));
}

// Padding: PKCS#7 adds a whole block to block-aligned input.
for (const length of [0, 1, 15, 16, 17, 31, 32]) {
  const data = Buffer.alloc(length, 'a');
  const ciphertext = encrypt('aes-128-cbc', key128, iv, data);
  console.log('padded', length, ciphertext.length, decrypt('aes-128-cbc', key128, iv, ciphertext).equals(data));
}

// Other ciphers: round trips and lengths.
for (const [name, keyLength, ivLength] of [
  ['aes-128-cfb8', 16, 16], ['aes-256-ofb', 32, 16], ['des-ede3-cbc', 24, 8], ['chacha20', 32, 16],
  ['aes-128-xts', 32, 16], ['aes-256-cfb1', 32, 16], ['aria-128-cbc', 16, 16], ['camellia-256-cbc', 32, 16],
]) {
  const key = Buffer.alloc(keyLength).map((_, i) => i * 7 + 1);
  const vector = Buffer.alloc(ivLength, 3);
  const data = Buffer.from('The quick brown fox jumps over the lazy dog');
  const ciphertext = encrypt(name, key, vector, data);
  console.log(name, ciphertext.length, ciphertext.toString('hex').slice(0, 32), decrypt(name, key, vector, ciphertext).toString());
}

// Keys and IVs as strings, ArrayBuffers, typed arrays and secret KeyObjects.
const keys = [key128.toString('latin1'), key128.buffer.slice(key128.byteOffset, key128.byteOffset + 16),
  new Uint16Array(key128.buffer.slice(key128.byteOffset, key128.byteOffset + 16)), crypto.createSecretKey(key128)];
for (const key of keys) {
  const cipher = crypto.createCipheriv('aes-128-cbc', typeof key === 'string' ? Buffer.from(key, 'latin1') : key, new DataView(iv.buffer, iv.byteOffset, 16));
  console.log(typeof key, cipher.update(plaintext).toString('hex').slice(0, 32));
}
console.log(crypto.createCipheriv('aes-128-cbc', 'k'.repeat(16), 'v'.repeat(16)).final('hex'));
