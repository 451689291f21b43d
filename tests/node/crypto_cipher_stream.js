'use strict';
// Ciphers as streams and with string encodings: write/end/data, pipeline, update() with input
// and output encodings (multi-byte characters and base64 split across calls), classes.
const crypto = require('crypto');
const stream = require('stream');

const key = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const iv = Buffer.from('0f0e0d0c0b0a09080706050403020100', 'hex');
const text = 'héllo wörld — ünïcode text that spans more than one block ✓';

// Encodings in and out.
for (const encoding of ['hex', 'base64', 'base64url', 'latin1']) {
  const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
  const encrypted = cipher.update(text, 'utf8', encoding) + cipher.final(encoding);
  const decipher = crypto.createDecipheriv('aes-128-cbc', key, iv);
  const decrypted = decipher.update(encrypted, encoding, 'utf8') + decipher.final('utf8');
  console.log(encoding, encrypted.length, decrypted === text);
}

// A UTF-8 character split between update() calls comes out whole.
const ctr = crypto.createCipheriv('aes-128-ctr', key, iv);
const encrypted = Buffer.concat([ctr.update(text), ctr.final()]);
const decipher = crypto.createDecipheriv('aes-128-ctr', key, iv);
const pieces = [];
for (let i = 0; i < encrypted.length; i += 3) pieces.push(decipher.update(encrypted.subarray(i, i + 3), undefined, 'utf8'));
pieces.push(decipher.final('utf8'));
console.log(pieces.join('') === text, pieces.slice(0, 5));

// base64 output keeps partial groups for the next call.
const b64 = crypto.createCipheriv('aes-128-ctr', key, iv);
const parts = [b64.update('abcd', 'utf8', 'base64'), b64.update('efgh', 'utf8', 'base64'), b64.final('base64')];
console.log(parts, parts.join('') === Buffer.concat([crypto.createCipheriv('aes-128-ctr', key, iv).update('abcdefgh')]).toString('base64'));
console.log(crypto.createCipheriv('aes-128-cbc', key, iv).update('x', 'utf8', 'buffer'));

// The stream interface.
const cipher = crypto.createCipheriv('aes-128-cbc', key, iv);
const chunks = [];
cipher.on('data', (chunk) => chunks.push(chunk));
cipher.on('end', () => {
  const all = Buffer.concat(chunks);
  console.log('stream', all.toString('hex'));
  const check = crypto.createDecipheriv('aes-128-cbc', key, iv);
  console.log('stream round trip', Buffer.concat([check.update(all), check.final()]).toString() === 'streamed data, in pieces');
});
cipher.write('streamed ');
cipher.write(Buffer.from('data, '));
cipher.end('in pieces');

stream.pipeline(stream.Readable.from([Buffer.from('one '), Buffer.from('two '), Buffer.from('three')]),
  crypto.createCipheriv('aes-256-ctr', Buffer.alloc(32, 1), iv),
  crypto.createDecipheriv('aes-256-ctr', Buffer.alloc(32, 1), iv),
  async function* (source) {
    let all = '';
    for await (const chunk of source) all += chunk;
    console.log('pipeline', all);
  },
  (error) => console.log('pipeline done', error));

// A failing final() becomes the stream's error.
const bad = crypto.createDecipheriv('aes-128-cbc', key, iv);
bad.on('error', (error) => console.log('stream error', error.code));
bad.on('data', () => {});
bad.end(Buffer.alloc(16));

console.log(cipher instanceof stream.Transform, cipher instanceof crypto.Cipheriv, crypto.createDecipheriv('aes-128-cbc', key, iv) instanceof crypto.Decipheriv);
console.log(crypto.Cipheriv.name, crypto.Decipheriv.name, typeof crypto.Cipheriv.prototype.update);
