'use strict';
// The password-keyed Cipher and Decipher (EVP_BytesToKey with MD5), and the module's small
// functions: secureHeapUsed, getFips/setFips, setEngine's argument checks.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

process.on('warning', (warning) => console.log('warning', warning.message));

for (const [name, password] of [['aes-128-cbc', 'password'], ['aes-256-cbc', Buffer.from('password')], ['aes-192-ecb', 'pw'],
  ['des-ede3-cbc', 'pw'], ['aes-128-ofb', new Uint8Array([1, 2, 3])], ['chacha20-poly1305', 'pw']]) {
  const cipher = new crypto.Cipher(name, password);
  const encrypted = cipher.update('legacy ciphers derive their key', 'utf8', 'hex') + cipher.final('hex');
  const decipher = new crypto.Decipher(name, password);
  if (name === 'chacha20-poly1305') decipher.setAuthTag(cipher.getAuthTag());
  console.log(name, encrypted, decipher.update(encrypted, 'hex', 'utf8') + decipher.final('utf8'));
}
const cipher = new crypto.Cipher('aes-128-cbc', 'password');
console.log(cipher instanceof crypto.Cipher, cipher instanceof crypto.Cipheriv, typeof cipher.getAuthTag, typeof new crypto.Decipher('aes-128-cbc', 'x').setAuthTag);
console.log('same as Cipheriv', new crypto.Cipher('aes-128-ecb', 'k').final('hex') ===
  crypto.createCipheriv('aes-128-ecb', crypto.createHash('md5').update('k').digest(), null).final('hex'));

attempt('unknown', () => new crypto.Cipher('nope', 'pw'));
attempt('password type', () => new crypto.Cipher('aes-128-cbc', 5));
attempt('cipher type', () => new crypto.Cipher(5, 'pw'));
attempt('ccm without tag length', () => new crypto.Cipher('aes-128-ccm', 'pw'));
attempt('bad decrypt', () => { const d = new crypto.Decipher('aes-128-cbc', 'password'); d.update('00'.repeat(16), 'hex'); return d.final(); });

console.log('secureHeapUsed', crypto.secureHeapUsed());
console.log('fips', crypto.getFips(), crypto.setFips(false));
attempt('setEngine id', () => crypto.setEngine(5));
attempt('setEngine flags', () => crypto.setEngine('dynamic', 'x'));
// The counter-mode warning arrives on a later tick.
new crypto.Cipher('aes-128-ctr', 'pw');
