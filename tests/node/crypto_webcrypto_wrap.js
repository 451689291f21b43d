'use strict';
// crypto.subtle.wrapKey and unwrapKey: an HMAC key wrapped in raw and JWK form with AES-GCM
// (fixed keys and IV, so the wrapped bytes are known) and with RSA-OAEP, unwrapped again, and
// the errors for a key without the usage and for tampered data.
const { subtle } = globalThis.crypto;
const t = async (l, f) => { try { console.log(l, await f()); } catch (e) { console.log(l, e.name, e.message); } };
(async () => {
  const kek = await subtle.importKey('raw', Buffer.alloc(16, 7), 'AES-GCM', false, ['wrapKey', 'unwrapKey']);
  const hmac = await subtle.importKey('raw', Buffer.from('secret key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const params = { name: 'AES-GCM', iv: Buffer.alloc(12, 1) };
  const wrappedRaw = await subtle.wrapKey('raw', hmac, kek, params);
  await t('raw', () => Buffer.from(wrappedRaw).toString('hex'));
  const wrappedJwk = await subtle.wrapKey('jwk', hmac, kek, params);
  await t('jwk', () => Buffer.from(wrappedJwk).toString('hex'));
  await t('unwrap raw', async () => { const k = await subtle.unwrapKey('raw', wrappedRaw, kek, params, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); return Buffer.from(await subtle.exportKey('raw', k)).toString(); });
  await t('unwrap jwk', async () => { const k = await subtle.unwrapKey('jwk', wrappedJwk, kek, params, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']); return [k.algorithm, k.extractable, k.usages]; });
  await t('wrap without usage', () => subtle.wrapKey('raw', hmac, hmac, params));
  await t('unwrap tampered', () => subtle.unwrapKey('raw', new Uint8Array(wrappedRaw).map((b, i) => i === 0 ? b ^ 1 : b), kek, params, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  const oaep = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['wrapKey', 'unwrapKey']);
  await t('rsa wrap', async () => { const w = await subtle.wrapKey('raw', hmac, oaep.publicKey, { name: 'RSA-OAEP' }); const k = await subtle.unwrapKey('raw', w, oaep.privateKey, { name: 'RSA-OAEP' }, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']); return [w.byteLength, Buffer.from(await subtle.exportKey('raw', k)).toString()]; });
})();
