// createHash/hash errors: unknown digests, bad data, finalized hashes, bad options.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const result = fn();
    console.log(label, 'ok', typeof result === 'string' ? result : result?.constructor?.name);
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

attempt('unknown', () => crypto.createHash('nope'));
attempt('md4 (legacy)', () => crypto.createHash('md4'));
attempt('number algorithm', () => crypto.createHash(5));
attempt('missing algorithm', () => crypto.createHash());
attempt('update number', () => crypto.createHash('sha1').update(1));
attempt('update null', () => crypto.createHash('sha1').update(null));
attempt('update object', () => crypto.createHash('sha1').update({}));
attempt('update ArrayBuffer', () => crypto.createHash('sha1').update(new ArrayBuffer(2)));
attempt('unknown input encoding', () => crypto.createHash('sha1').update('ab', 'nope').digest('hex'));
attempt('unknown output encoding', () => crypto.createHash('sha1').update('ab').digest('nope'));

const done = crypto.createHash('sha1');
done.digest();
attempt('digest twice', () => done.digest());
attempt('update after digest', () => done.update('x'));
attempt('copy after digest', () => done.copy());

attempt('outputLength non-xof', () => crypto.createHash('sha256', { outputLength: 5 }));
attempt('outputLength same size', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
attempt('outputLength negative', () => crypto.createHash('shake128', { outputLength: -1 }));
attempt('outputLength string', () => crypto.createHash('shake128', { outputLength: '3' }));
attempt('outputLength fraction', () => crypto.createHash('shake128', { outputLength: 1.5 }));

// The one-shot hash().
attempt('hash sha1', () => crypto.hash('sha1', 'abc'));
attempt('hash base64', () => crypto.hash('sha256', 'abc', 'base64'));
attempt('hash buffer', () => crypto.hash('md5', Buffer.from('abc'), 'buffer'));
attempt('hash unknown', () => crypto.hash('nope', 'abc'));
attempt('hash bad encoding', () => crypto.hash('sha1', 'abc', 'nope'));
attempt('hash number data', () => crypto.hash('sha1', 5));
attempt('hash number algorithm', () => crypto.hash(1, 'abc'));

const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake256'].every((name) => hashes.includes(name)));
console.log(hashes.includes('md4'), hashes.includes('whirlpool'));
hashes.length = 0;
console.log(crypto.getHashes().length > 0, [...crypto.getHashes()].sort().join() === crypto.getHashes().join());
