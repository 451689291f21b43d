'use strict';
// Cipheriv/Decipheriv errors: argument types, unknown ciphers, key/IV/tag lengths, states
// (after final, wrong mode for a method), bad decryption and encodings.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message.split('\n')[0], error.library, error.reason);
  }
}

const key = Buffer.alloc(16, 1);
const iv = Buffer.alloc(16, 2);
const nonce = Buffer.alloc(12, 3);
attempt('unknown', () => crypto.createCipheriv('aes-999-cbc', key, iv));
attempt('cipher type', () => crypto.createCipheriv(5, key, iv));
attempt('key type', () => crypto.createCipheriv('aes-128-cbc', 5, iv));
attempt('iv type', () => crypto.createCipheriv('aes-128-cbc', key, 5));
attempt('iv undefined', () => crypto.createCipheriv('aes-128-ecb', key, undefined));
attempt('short key', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv));
attempt('string key', () => crypto.createCipheriv('aes-128-cbc', 'short', iv));
attempt('short iv', () => crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(15)));
attempt('null iv for cbc', () => crypto.createCipheriv('aes-128-cbc', key, null));
attempt('ecb with iv', () => crypto.createCipheriv('aes-128-ecb', key, Buffer.alloc(16)));
attempt('ecb null iv', () => crypto.createCipheriv('aes-128-ecb', key, null).final('hex'));
attempt('gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(0)));
attempt('ccm iv 14', () => crypto.createCipheriv('aes-128-ccm', key, Buffer.alloc(14), { authTagLength: 8 }));
attempt('ocb iv 16', () => crypto.createCipheriv('aes-128-ocb', key, Buffer.alloc(16), { authTagLength: 8 }));
attempt('chacha iv 8', () => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(32), Buffer.alloc(8)));
attempt('gcm tag 3', () => crypto.createCipheriv('aes-128-gcm', key, nonce, { authTagLength: 3 }));
attempt('ccm tag 7', () => crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 7 }));
attempt('ccm no tag', () => crypto.createCipheriv('aes-128-ccm', key, nonce));
attempt('ocb no tag', () => crypto.createCipheriv('aes-128-ocb', key, nonce));
attempt('tag not a number', () => crypto.createCipheriv('aes-128-gcm', key, nonce, { authTagLength: 'x' }));

const cbc = () => crypto.createCipheriv('aes-128-cbc', key, iv);
attempt('final twice', () => { const c = cbc(); c.final(); return c.final(); });
attempt('update after final', () => { const c = cbc(); c.final(); return c.update('x'); });
attempt('padding after final', () => { const c = cbc(); c.final(); return c.setAutoPadding(false); });
attempt('setAutoPadding returns', () => { const c = cbc(); return c.setAutoPadding() === c; });
attempt('no padding, partial block', () => { const c = cbc(); c.setAutoPadding(false); c.update('abc'); return c.final(); });
attempt('bad decrypt', () => { const d = crypto.createDecipheriv('aes-128-cbc', key, iv); d.update(Buffer.alloc(16)); return d.final(); });
attempt('getAuthTag on cbc', () => { const c = cbc(); c.final(); return c.getAuthTag(); });
attempt('getAuthTag before final', () => crypto.createCipheriv('aes-128-gcm', key, nonce).getAuthTag());
attempt('setAAD on cbc', () => cbc().setAAD(Buffer.from('x')));
attempt('setAAD after update', () => { const c = crypto.createCipheriv('aes-128-gcm', key, nonce); c.update('x'); return c.setAAD(Buffer.from('x')); });
attempt('setAAD returns', () => { const c = crypto.createCipheriv('aes-128-gcm', key, nonce); return c.setAAD(Buffer.from('x')) === c; });
attempt('ccm aad without length', () => crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 }).setAAD(Buffer.from('x')));
attempt('ccm two updates', () => { const c = crypto.createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 }); c.update('ab'); return c.update('cd'); });
const gcmDecipher = () => crypto.createDecipheriv('aes-128-gcm', key, nonce);
attempt('tag length 5', () => gcmDecipher().setAuthTag(Buffer.alloc(5)));
attempt('tag twice', () => gcmDecipher().setAuthTag(Buffer.alloc(16)).setAuthTag(Buffer.alloc(16)));
attempt('tag not matching option', () => crypto.createDecipheriv('aes-128-gcm', key, nonce, { authTagLength: 8 }).setAuthTag(Buffer.alloc(16)));
attempt('tag after final', () => { const d = crypto.createDecipheriv('aes-128-ctr', key, iv); d.final(); return d.setAuthTag(Buffer.alloc(16)); });
attempt('setAuthTag on cipher', () => typeof crypto.createCipheriv('aes-128-gcm', key, nonce).setAuthTag);
attempt('getAuthTag on decipher', () => typeof gcmDecipher().getAuthTag);
attempt('data type', () => cbc().update(5));
attempt('odd hex', () => cbc().update('abc', 'hex'));
attempt('unknown output encoding', () => cbc().update('a', 'utf8', 'bar'));
attempt('change encoding', () => { const c = cbc(); c.update('a', 'utf8', 'hex'); return c.update('b', 'utf8', 'base64'); });
