// createHash over each common digest, with every output encoding, incremental updates and copy().
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160', 'blake2b512', 'blake2s256', 'RSA-SHA256', 'SHA256'];
for (const algorithm of algorithms) {
  console.log(algorithm, crypto.createHash(algorithm).update('The quick brown fox').digest('hex'));
}

for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf16le', 'ucs2', 'ascii']) {
  console.log(encoding, JSON.stringify(crypto.createHash('sha1').update('abc').digest(encoding)));
}
console.log(crypto.createHash('md5').update('abc').digest());
console.log(crypto.createHash('md5').update('abc').digest('buffer'));
console.log(crypto.createHash('md5').digest('hex'), 'empty input');

// Input encodings and binary inputs.
console.log(crypto.createHash('sha256').update('616263', 'hex').digest('hex'));
console.log(crypto.createHash('sha256').update('YWJj', 'base64').digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint8Array([97, 98, 99])).digest('hex'));
console.log(crypto.createHash('sha256').update(new DataView(new Uint8Array([97, 98, 99]).buffer)).digest('hex'));
console.log(crypto.createHash('sha256').update(new Uint16Array([0x6261])).digest('hex'));
console.log(crypto.createHash('sha256').update('é').digest('hex'), crypto.createHash('sha256').update('é', 'latin1').digest('hex'));

// Incremental updates equal one update; the input buffer may change after update().
const parts = crypto.createHash('sha512');
const buffer = Buffer.from('abc');
parts.update(buffer);
buffer.fill(0);
parts.update('def').update('ghi');
console.log(parts.digest('hex') === crypto.createHash('sha512').update('abcdefghi').digest('hex'));

// copy() forks the state.
const base = crypto.createHash('sha256').update('one');
const fork = base.copy();
base.update('two');
fork.update('three');
console.log(base.digest('hex'));
console.log(fork.digest('hex'));
console.log(crypto.createHash('sha256').update('onethree').digest('hex'));

// Extendable-output digests.
console.log(crypto.createHash('shake128').update('x').digest('hex'));
console.log(crypto.createHash('shake256').update('x').digest('hex'));
console.log(crypto.createHash('shake256', { outputLength: 7 }).update('x').digest('hex'));
console.log(crypto.createHash('shake128', { outputLength: 0 }).update('x').digest('hex') === '');
const shake = crypto.createHash('shake128', { outputLength: 4 }).update('y');
console.log(shake.copy({ outputLength: 10 }).digest('hex'), shake.digest('hex'));

// A large input.
console.log(crypto.createHash('sha1').update('a'.repeat(1 << 20)).digest('hex'));
console.log(crypto.createHash('sha1') instanceof crypto.Hash, typeof crypto.Hash);
