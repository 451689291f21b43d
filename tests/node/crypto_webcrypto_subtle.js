'use strict';
// crypto.subtle with fixed keys (deterministic results): digest, HMAC, AES-GCM/CBC/CTR,
// PBKDF2 and HKDF (RFC vectors), key import and export (raw, JWK); generated asymmetric keys
// (RSASSA, RSA-PSS, RSA-OAEP, ECDSA, ECDH, Ed25519, X25519) by their algorithms and whether they
// work; and the DOMExceptions for misuse.
const { subtle } = globalThis.crypto;

const hex = (buffer) => Buffer.from(buffer).toString('hex');
const text = Buffer.from('Web Crypto in Sable');

async function attempt(label, fn) {
  try {
    console.log(label, await fn());
  } catch (error) {
    console.log(label, error.name, error.message);
  }
}

(async () => {
  for (const name of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) console.log('digest', hex(await subtle.digest(name, text)).slice(0, 40));

  const hmac = await subtle.importKey('raw', Buffer.from('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  const mac = await subtle.sign('HMAC', hmac, Buffer.from('what do ya want for nothing?'));
  console.log('hmac', hmac.type, hmac.algorithm, hmac.usages, hex(mac));
  console.log('hmac verify', await subtle.verify('HMAC', hmac, mac, Buffer.from('what do ya want for nothing?')), await subtle.verify('HMAC', hmac, mac, text));
  console.log('hmac jwk', await subtle.exportKey('jwk', hmac));

  const aesKey = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
  const gcm = await subtle.importKey('raw', aesKey, 'AES-GCM', true, ['encrypt', 'decrypt']);
  const sealed = await subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 1), additionalData: Buffer.from('header'), tagLength: 96 }, gcm, text);
  console.log('gcm', hex(sealed), Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 1), additionalData: Buffer.from('header'), tagLength: 96 }, gcm, sealed)).toString());
  await attempt('gcm tampered', () => subtle.decrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 2) }, gcm, sealed));
  const cbc = await subtle.importKey('jwk', { kty: 'oct', k: aesKey.toString('base64url'), alg: 'A128CBC' }, 'AES-CBC', false, ['encrypt', 'decrypt']);
  const cbcText = await subtle.encrypt({ name: 'AES-CBC', iv: Buffer.alloc(16) }, cbc, text);
  console.log('cbc', hex(cbcText), Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv: Buffer.alloc(16) }, cbc, cbcText)).toString(), cbc.extractable);
  const ctr = await subtle.importKey('raw', aesKey, { name: 'AES-CTR' }, true, ['encrypt']);
  console.log('ctr', hex(await subtle.encrypt({ name: 'AES-CTR', counter: Buffer.alloc(16, 0xff), length: 128 }, ctr, text)));
  console.log('aes jwk', await subtle.exportKey('jwk', gcm), hex(await subtle.exportKey('raw', ctr)));

  const password = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log('pbkdf2', hex(await subtle.deriveBits({ name: 'PBKDF2', salt: Buffer.from('salt'), iterations: 2, hash: 'SHA-1' }, password, 160)));
  const derived = await subtle.deriveKey({ name: 'PBKDF2', salt: Buffer.from('salt'), iterations: 1000, hash: 'SHA-256' }, password,
    { name: 'HMAC', hash: 'SHA-256', length: 256 }, true, ['sign']);
  console.log('deriveKey', derived.algorithm, hex(await subtle.exportKey('raw', derived)));
  const ikm = await subtle.importKey('raw', Buffer.from('0b'.repeat(22), 'hex'), 'HKDF', false, ['deriveBits']);
  console.log('hkdf', hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('000102030405060708090a0b0c', 'hex'),
    info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex') }, ikm, 336)));

  const rsaParams = { modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  for (const [name, usages, options] of [['RSASSA-PKCS1-v1_5', ['sign', 'verify'], {}], ['RSA-PSS', ['sign', 'verify'], { saltLength: 32 }],
    ['ECDSA', ['sign', 'verify'], { hash: 'SHA-384' }], ['Ed25519', ['sign', 'verify'], {}]]) {
    const params = name.startsWith('RSA') ? { name, ...rsaParams } : name === 'ECDSA' ? { name, namedCurve: 'P-384' } : { name };
    const { publicKey, privateKey } = await subtle.generateKey(params, true, usages);
    const signature = await subtle.sign({ name, ...options }, privateKey, text);
    console.log(name, JSON.stringify(publicKey.algorithm), publicKey.usages, privateKey.usages, signature.byteLength,
      await subtle.verify({ name, ...options }, publicKey, signature, text), await subtle.verify({ name, ...options }, publicKey, signature, mac));
    const jwk = await subtle.exportKey('jwk', publicKey);
    console.log('  jwk', jwk.kty, jwk.alg, jwk.key_ops, jwk.ext, (await subtle.exportKey('spki', publicKey)).byteLength > 0);
  }
  const oaep = await subtle.generateKey({ name: 'RSA-OAEP', ...rsaParams }, true, ['encrypt', 'decrypt']);
  const secret = await subtle.encrypt({ name: 'RSA-OAEP', label: Buffer.from('label') }, oaep.publicKey, text);
  console.log('RSA-OAEP', secret.byteLength, Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from('label') }, oaep.privateKey, secret)).toString());
  for (const [name, params, bits] of [['ECDH', { name: 'ECDH', namedCurve: 'P-256' }, 256], ['X25519', { name: 'X25519' }, 256]]) {
    const a = await subtle.generateKey(params, true, ['deriveBits']);
    const b = await subtle.generateKey(params, true, ['deriveBits']);
    const ab = await subtle.deriveBits({ name, public: b.publicKey }, a.privateKey, bits);
    const ba = await subtle.deriveBits({ name, public: a.publicKey }, b.privateKey, bits);
    console.log(name, ab.byteLength, hex(ab) === hex(ba), a.publicKey.usages, a.privateKey.usages);
  }

  await attempt('unknown algorithm', () => subtle.digest('MD5', text));
  await attempt('wrong key for sign', () => subtle.sign('HMAC', gcm, text));
  await attempt('missing usage', () => subtle.decrypt({ name: 'AES-CTR', counter: Buffer.alloc(16), length: 128 }, ctr, text));
  await attempt('not extractable', () => subtle.exportKey('raw', cbc));
  await attempt('bad usage', () => subtle.importKey('raw', aesKey, 'AES-GCM', true, ['sign']));
  await attempt('no usages', () => subtle.importKey('raw', aesKey, 'AES-GCM', true, []));
  await attempt('bad AES length', () => subtle.importKey('raw', Buffer.alloc(15), 'AES-GCM', true, ['encrypt']));
  await attempt('derive without usage', () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0), info: Buffer.alloc(0) }, hmac, 8));
  await attempt('illegal constructor', () => new CryptoKey());
  console.log(Object.prototype.toString.call(hmac), hmac instanceof CryptoKey, require('crypto').KeyObject.from(hmac).symmetricKeySize);
})();
