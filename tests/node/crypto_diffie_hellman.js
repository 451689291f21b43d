'use strict';
// Classic Diffie-Hellman: MODP groups (primes, generators), fixed private keys (public keys and
// secrets are deterministic), agreement between generated keys, createDiffieHellman's argument
// forms and verifyError, and errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

for (const name of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const group = crypto.getDiffieHellman(name);
  console.log(name, group.getPrime().length, group.getPrime('hex').slice(0, 24), group.getPrime('hex').slice(-24), group.getGenerator('hex'),
    group.verifyError, typeof group.setPrivateKey);
}
console.log(crypto.createDiffieHellmanGroup('modp5').getPrime().equals(crypto.getDiffieHellman('modp5').getPrime()));
console.log(crypto.getDiffieHellman('modp5') instanceof crypto.DiffieHellmanGroup, typeof crypto.DiffieHellman);

// Fixed private keys over the modp5 prime: g^a, g^b, and g^(ab) both ways.
const prime = crypto.getDiffieHellman('modp5').getPrime();
const alice = crypto.createDiffieHellman(prime);
alice.setPrivateKey(Buffer.from('0123456789abcdef', 'hex'));
alice.generateKeys();
const bob = crypto.createDiffieHellman(prime.toString('hex'), 'hex', 2);
bob.setPrivateKey('fedcba9876543210', 'hex');
const bobPublic = bob.generateKeys('hex');
console.log('alice public', alice.getPublicKey('hex').slice(0, 48), alice.getPrivateKey('hex'));
console.log('bob public', bobPublic.slice(0, 48));
const secret = alice.computeSecret(bobPublic, 'hex', 'hex');
console.log('secret', secret.length, secret.slice(0, 48), secret === bob.computeSecret(alice.getPublicKey()).toString('hex'));
const small = crypto.createDiffieHellman(prime);
small.setPrivateKey(Buffer.from([1]));
console.log('padded secret', small.computeSecret(Buffer.from([2])).toString('hex').slice(-8), small.computeSecret(Buffer.from([2])).length);
const viewer = crypto.createDiffieHellman(prime);
viewer.setPublicKey(alice.getPublicKey());
console.log('setPublicKey', viewer.getPublicKey().equals(alice.getPublicKey()));

// Generated keys agree.
const a = crypto.getDiffieHellman('modp14');
const b = crypto.getDiffieHellman('modp14');
const publicA = a.generateKeys();
const publicB = b.generateKeys('base64');
console.log('agreement', publicA.length, a.computeSecret(publicB, 'base64').equals(b.computeSecret(publicA)), a.computeSecret(publicB, 'base64').length);

// verifyError: DH_CHECK_P_NOT_PRIME (1), _NOT_SAFE_PRIME (2), NOT_SUITABLE_GENERATOR (8), modulus too small (0x80).
const rfc3526 = crypto.getDiffieHellman('modp5').getPrime();
console.log('verifyError', crypto.createDiffieHellman(rfc3526).verifyError, crypto.createDiffieHellman(rfc3526, 5).verifyError,
  crypto.createDiffieHellman(rfc3526, Buffer.from([3])).verifyError, crypto.createDiffieHellman(rfc3526.toString('hex'), 'hex', '02', 'hex').verifyError,
  crypto.createDiffieHellman(Buffer.from('ff00', 'hex')).verifyError, crypto.createDiffieHellman('e3ad0e1c7e25f1f7e3c0e5a8d3e1bca3', 'hex').verifyError);
console.log('generator from string', crypto.createDiffieHellman(rfc3526, 'buffer', '05', 'hex').getGenerator());

attempt('unknown group', () => crypto.getDiffieHellman('modp3'));
attempt('group type', () => crypto.getDiffieHellman(14));
attempt('generator 1', () => crypto.createDiffieHellman(rfc3526, 1));
attempt('prime length too small', () => crypto.createDiffieHellman(8));
attempt('prime type', () => crypto.createDiffieHellman({}));
attempt('generator type', () => crypto.createDiffieHellman(rfc3526, {}));
attempt('no public key', () => crypto.createDiffieHellman(rfc3526).getPublicKey());
attempt('no private key', () => crypto.createDiffieHellman(rfc3526).getPrivateKey());
attempt('key too small', () => alice.computeSecret(Buffer.from([1])));
attempt('key too large', () => { const big = Buffer.from(rfc3526); big[big.length - 1] -= 1; return alice.computeSecret(big); });
attempt('key type', () => alice.computeSecret(5));
