// createHmac: keys of each kind, encodings, RFC 4231 vectors, errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

// RFC 4231 test case 2.
console.log(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log(crypto.createHmac('sha512', 'Jefe').update('what do ya want ').update('for nothing?').digest('base64'));
// Keys longer than the block size are hashed first.
console.log(crypto.createHmac('sha256', Buffer.alloc(131, 0xaa)).update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));

for (const algorithm of ['md5', 'sha1', 'sha224', 'sha384', 'sha3-256', 'ripemd160']) {
  console.log(algorithm, crypto.createHmac(algorithm, 'key').update('data').digest('hex'));
}

// Keys of every kind give the same result.
const expected = crypto.createHmac('sha1', 'secret').update('x').digest('hex');
console.log(crypto.createHmac('sha1', Buffer.from('secret')).update('x').digest('hex') === expected);
console.log(crypto.createHmac('sha1', new Uint8Array(Buffer.from('secret'))).update('x').digest('hex') === expected);
console.log(crypto.createHmac('sha1', new Uint8Array(Buffer.from('secret')).buffer).update('x').digest('hex') === expected);
console.log(crypto.createHmac('sha1', '736563726574', { encoding: 'hex' }).update('x').digest('hex') === expected);
console.log('empty key', crypto.createHmac('sha256', '').update('x').digest('hex'));
console.log('empty data', crypto.createHmac('sha256', 'k').digest('hex'));
console.log('input encoding', crypto.createHmac('sha256', 'k').update('ff00', 'hex').digest('hex'));

for (const encoding of ['base64url', 'latin1', undefined, 'buffer']) {
  console.log(encoding, crypto.createHmac('md5', 'k').update('v').digest(encoding));
}

// A second digest() gives an empty result.
const once = crypto.createHmac('sha1', 'k');
console.log(once.digest('hex').length, JSON.stringify(once.digest('hex')), once.digest());
attempt('update after digest', () => once.update('x'));

attempt('unknown digest', () => crypto.createHmac('nope', 'k'));
attempt('number hmac', () => crypto.createHmac(1, 'k'));
attempt('number key', () => crypto.createHmac('sha1', 1));
attempt('null key', () => crypto.createHmac('sha1', null));
attempt('bad data', () => crypto.createHmac('sha1', 'k').update([]));
console.log(crypto.createHmac('sha1', 'k') instanceof crypto.Hmac);
