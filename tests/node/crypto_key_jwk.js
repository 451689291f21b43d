'use strict';
// Keys as JWK: export of RSA, EC (P-256, P-384), Ed25519, Ed448, X25519 keys, public and
// private; import of each (createPrivateKey/createPublicKey with format 'jwk'), round trips,
// and the errors for unsupported keys and bad JWKs.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'crypto_keys');
const read = (name) => fs.readFileSync(path.join(dir, name));

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

for (const name of ['rsa_private.pem', 'ec_p256_private.pem', 'ec_p384_private.pem', 'ed25519_private.pem', 'ed448_private.pem', 'x25519_private.pem']) {
  const key = crypto.createPrivateKey(read(name));
  const jwk = key.export({ format: 'jwk' });
  const publicJwk = crypto.createPublicKey(key).export({ format: 'jwk' });
  console.log(name, Object.keys(jwk).join(','), Object.keys(publicJwk).join(','));
  console.log('  lengths', Object.entries(jwk).map(([field, value]) => `${field}=${value.length}`).join(' '));
  console.log('  public', JSON.stringify(publicJwk).slice(0, 100));
  console.log('  private import', crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(key));
  console.log('  public import', crypto.createPublicKey({ key: publicJwk, format: 'jwk' }).equals(crypto.createPublicKey(key)));
  console.log('  public from private jwk', crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(crypto.createPublicKey(key)));
}

// RFC 8037 A.1: an Ed25519 key pair.
const rfc8037 = { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const okp = crypto.createPrivateKey({ key: rfc8037, format: 'jwk' });
console.log('rfc8037', okp.asymmetricKeyType, crypto.sign(null, Buffer.from('eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc'), okp).toString('base64url'));

attempt('rsa-pss', () => crypto.createPrivateKey(read('rsa_pss_private.pem')).export({ format: 'jwk' }));
attempt('dsa', () => crypto.createPrivateKey(read('dsa_private.pem')).export({ format: 'jwk' }));
attempt('bad kty', () => crypto.createPublicKey({ key: { kty: 'XYZ' }, format: 'jwk' }));
attempt('missing n', () => crypto.createPublicKey({ key: { kty: 'RSA', e: 'AQAB' }, format: 'jwk' }));
attempt('bad curve', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA' }, format: 'jwk' }));
attempt('bad okp curve', () => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed1', x: 'AA' }, format: 'jwk' }));
attempt('private from public jwk', () => crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: rfc8037.x }, format: 'jwk' }));
attempt('jwk not object', () => crypto.createPublicKey({ key: 'string', format: 'jwk' }));
