'use strict';
// getCipherInfo (by name, alias, nid; key and IV length options; unknown names) and
// getCiphers (sorted, lower case, common names present, a copy each call).
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

for (const name of ['aes-128-cbc', 'AES-256-GCM', 'aes192', 'aes-128-ecb', 'aes-256-ctr', 'aes-128-ccm', 'aes-128-ocb',
  'chacha20-poly1305', 'chacha20', 'des-ede3-cbc', 'id-aes128-wrap', 'aes-256-xts', 'aes-128-cfb8', 'camellia-128-cbc']) {
  attempt(name, () => crypto.getCipherInfo(name));
}
attempt('nid 419', () => crypto.getCipherInfo(419));
attempt('nid 895', () => crypto.getCipherInfo(895));
attempt('unknown', () => crypto.getCipherInfo('nope'));
attempt('unknown nid', () => crypto.getCipherInfo(123456));
attempt('gcm iv 7', () => crypto.getCipherInfo('aes-128-gcm', { ivLength: 7 }));
attempt('ccm iv 13', () => crypto.getCipherInfo('aes-128-ccm', { ivLength: 13 }));
attempt('ccm iv 14', () => crypto.getCipherInfo('aes-128-ccm', { ivLength: 14 }));
attempt('cbc iv 7', () => crypto.getCipherInfo('aes-128-cbc', { ivLength: 7 }));
attempt('cbc iv 16', () => crypto.getCipherInfo('aes-128-cbc', { ivLength: 16 }));
attempt('cbc key 7', () => crypto.getCipherInfo('aes-128-cbc', { keyLength: 7 }));
attempt('cbc key 16', () => crypto.getCipherInfo('aes-128-cbc', { keyLength: 16 }));
attempt('bad name type', () => crypto.getCipherInfo({}));
attempt('bad options', () => crypto.getCipherInfo('aes-128-cbc', 5));
attempt('bad keyLength', () => crypto.getCipherInfo('aes-128-cbc', { keyLength: 'a' }));
attempt('fractional nid', () => crypto.getCipherInfo(1.5));

const ciphers = crypto.getCiphers();
console.log(Array.isArray(ciphers), ciphers.length > 50, ciphers.filter((name) => name !== name.toLowerCase()).length > 0);
console.log(ciphers.every((name, i) => i === 0 || ciphers[i - 1] <= name));
for (const name of ['aes-128-cbc', 'aes-256-gcm', 'aes128', 'chacha20-poly1305', 'des-ede3-cbc', 'id-aes256-GCM', 'id-aes256-gcm', 'aes-128-ocb']) {
  console.log(name, ciphers.includes(name));
}
ciphers.length = 0;
console.log(crypto.getCiphers().length > 50);
