'use strict';
// Authenticated encryption: AES-GCM (GCM spec test case 4), AES-CCM, AES-OCB and
// ChaCha20-Poly1305 (RFC 8439 section 2.8.2): ciphertexts, tags, tag lengths, AAD, and
// decryption that fails on a changed tag, AAD or ciphertext.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

function seal(name, key, iv, data, aad, options) {
  const cipher = crypto.createCipheriv(name, key, iv, options);
  if (aad) cipher.setAAD(aad, { plaintextLength: data.length });
  const ciphertext = Buffer.concat([cipher.update(data), cipher.final()]);
  return [ciphertext, cipher.getAuthTag()];
}

function open(name, key, iv, ciphertext, tag, aad, options) {
  const decipher = crypto.createDecipheriv(name, key, iv, options);
  decipher.setAuthTag(tag);
  if (aad) decipher.setAAD(aad, { plaintextLength: ciphertext.length });
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

const gcmKey = Buffer.from('feffe9928665731c6d6a8f9467308308', 'hex');
const gcmIv = Buffer.from('cafebabefacedbaddecaf888', 'hex');
const gcmData = Buffer.from('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39', 'hex');
const gcmAad = Buffer.from('feedfacedeadbeeffeedfacedeadbeefabaddad2', 'hex');
const [gcmCiphertext, gcmTag] = seal('aes-128-gcm', gcmKey, gcmIv, gcmData, gcmAad);
console.log('gcm', gcmCiphertext.toString('hex'), gcmTag.toString('hex'));
console.log('gcm open', open('aes-128-gcm', gcmKey, gcmIv, gcmCiphertext, gcmTag, gcmAad).equals(gcmData));
attempt('gcm bad tag', () => open('aes-128-gcm', gcmKey, gcmIv, gcmCiphertext, Buffer.alloc(16), gcmAad));
attempt('gcm bad aad', () => open('aes-128-gcm', gcmKey, gcmIv, gcmCiphertext, gcmTag, Buffer.from('x')));
attempt('gcm short tag', () => open('aes-128-gcm', gcmKey, gcmIv, gcmCiphertext, gcmTag.subarray(0, 12), gcmAad).length);
for (const authTagLength of [4, 8, 12, 13, 16]) {
  const [, tag] = seal('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(12, 2), Buffer.from('hello'), null, { authTagLength });
  console.log('gcm tag', authTagLength, tag.toString('hex'));
}
for (const ivLength of [1, 8, 16, 64]) {
  const [ciphertext, tag] = seal('aes-192-gcm', Buffer.alloc(24, 5), Buffer.alloc(ivLength, 9), Buffer.from('iv length'));
  console.log('gcm iv', ivLength, ciphertext.toString('hex'), tag.toString('hex'));
}

const ccmKey = Buffer.from('404142434445464748494a4b4c4d4e4f', 'hex');
for (const [ivHex, tagLength] of [['10111213141516', 4], ['1011121314151617', 6], ['101112131415161718191a1b', 8], ['101112131415161718191a1b1c', 16]]) {
  const options = { authTagLength: tagLength };
  const data = Buffer.from('20212223', 'hex');
  const aad = Buffer.from('0001020304050607', 'hex');
  const [ciphertext, tag] = seal('aes-128-ccm', ccmKey, Buffer.from(ivHex, 'hex'), data, aad, options);
  console.log('ccm', ivHex.length / 2, ciphertext.toString('hex'), tag.toString('hex'),
    open('aes-128-ccm', ccmKey, Buffer.from(ivHex, 'hex'), ciphertext, tag, aad, options).toString('hex'));
  attempt('ccm tampered', () => open('aes-128-ccm', ccmKey, Buffer.from(ivHex, 'hex'), Buffer.from('00000000', 'hex'), tag, aad, options));
}

for (const tagLength of [8, 12, 16]) {
  const options = { authTagLength: tagLength };
  const [ciphertext, tag] = seal('aes-128-ocb', Buffer.alloc(16, 7), Buffer.alloc(12, 1), Buffer.from('ocb mode message'), Buffer.from('header'), options);
  console.log('ocb', tagLength, ciphertext.toString('hex'), tag.toString('hex'),
    open('aes-128-ocb', Buffer.alloc(16, 7), Buffer.alloc(12, 1), ciphertext, tag, Buffer.from('header'), options).toString());
}

const chachaKey = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
const chachaIv = Buffer.from('070000004041424344454647', 'hex');
const chachaAad = Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex');
const sunscreen = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
const [chachaCiphertext, chachaTag] = seal('chacha20-poly1305', chachaKey, chachaIv, sunscreen, chachaAad);
console.log('chacha', chachaCiphertext.toString('hex').slice(0, 64), chachaTag.toString('hex'));
console.log('chacha open', open('chacha20-poly1305', chachaKey, chachaIv, chachaCiphertext, chachaTag, chachaAad).equals(sunscreen));
attempt('chacha bad', () => open('chacha20-poly1305', chachaKey, chachaIv, chachaCiphertext, chachaTag, Buffer.from('no')));

// No tag given: decryption cannot authenticate.
attempt('gcm no tag', () => {
  const decipher = crypto.createDecipheriv('aes-128-gcm', gcmKey, gcmIv);
  decipher.update(gcmCiphertext);
  return decipher.final();
});
