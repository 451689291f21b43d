// pbkdf2/pbkdf2Sync, scrypt/scryptSync and timingSafeEqual: vectors, inputs, errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, Buffer.isBuffer(result) ? result.toString('hex') : result);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

// RFC 6070 vectors.
attempt('pbkdf2 1', () => crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1'));
attempt('pbkdf2 4096', () => crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1'));
attempt('pbkdf2 sha512', () => crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 10, 40, 'sha512'));
attempt('pbkdf2 keylen 0', () => crypto.pbkdf2Sync('a', 'b', 1, 0, 'sha256'));
attempt('pbkdf2 iterations 0', () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'));
attempt('pbkdf2 keylen negative', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
attempt('pbkdf2 bad digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'));
attempt('pbkdf2 no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10));
attempt('pbkdf2 bad password', () => crypto.pbkdf2Sync(1, 'b', 1, 10, 'sha1'));
attempt('pbkdf2 no callback', () => crypto.pbkdf2('a', 'b', 1, 10, 'sha1'));

// RFC 7914 vectors.
attempt('scrypt empty', () => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }));
attempt('scrypt NaCl', () => crypto.scryptSync('password', 'NaCl', 64, { cost: 1024, blockSize: 8, parallelization: 16 }));
attempt('scrypt defaults', () => crypto.scryptSync('pw', 'salt', 16));
attempt('scrypt N not power of 2', () => crypto.scryptSync('a', 'b', 10, { N: 3 }));
attempt('scrypt maxmem', () => crypto.scryptSync('a', 'b', 10, { N: 2 ** 20, maxmem: 1024 }));
attempt('scrypt N and cost', () => crypto.scryptSync('a', 'b', 10, { N: 16, cost: 16 }));
attempt('scrypt bad keylen', () => crypto.scryptSync('a', 'b', 1.5));

attempt('equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
attempt('differ', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
attempt('views', () => crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
attempt('array buffers', () => crypto.timingSafeEqual(new ArrayBuffer(2), new ArrayBuffer(2)));
attempt('lengths', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
attempt('string', () => crypto.timingSafeEqual('a', Buffer.from('a')));

// One at a time: Node's thread pool may finish concurrent jobs in any order.
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (error, key) => {
  console.log('pbkdf2 callback', error, key.toString('hex'));
  crypto.scrypt('pw', 'salt', 8, (error, key) => {
    console.log('scrypt callback', error, key.toString('hex'));
    crypto.scrypt('pw', 'salt', 8, { N: 1024 }, (error, key) => console.log('scrypt options callback', error, key.toString('hex')));
  });
});
console.log('callbacks come later');
