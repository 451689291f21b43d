'use strict';
// createSign and createVerify: update() with encodings, the writable stream interface,
// output and signature encodings, PSS options, states after sign()/verify(), and errors.
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

const rsa = crypto.createPrivateKey(read('rsa_private.pem'));
const rsaPublic = read('rsa_public.pem');

const signer = crypto.createSign('SHA256');
signer.update('The quick ');
signer.update('62726f776e20', 'hex');
signer.update(Buffer.from('fox'));
const signature = signer.sign(rsa);
console.log('pieces = whole', signature.equals(crypto.sign('sha256', Buffer.from('The quick brown fox'), rsa)));
for (const encoding of ['hex', 'base64', 'latin1']) {
  const text = crypto.createSign('RSA-SHA256').update('data').sign(rsa, encoding);
  console.log(encoding, text.length, crypto.createVerify('sha256').update('data').verify(rsaPublic, text, encoding));
}
console.log('verify buffer', crypto.createVerify('sha256').update('The quick brown fox').verify({ key: rsaPublic }, signature));
console.log('verify wrong data', crypto.createVerify('sha256').update('The quick brown cat').verify(rsaPublic, signature));

const pss = { padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 16 };
const pssSignature = crypto.createSign('sha384').update('pss').sign({ key: rsa, ...pss });
console.log('pss', crypto.createVerify('sha384').update('pss').verify({ key: rsaPublic, ...pss }, pssSignature),
  crypto.createVerify('sha384').update('pss').verify(rsaPublic, pssSignature));

const ec = crypto.createPrivateKey(read('ec_p256_private.pem'));
const ecSignature = crypto.createSign('sha256').update('ec').sign({ key: ec, dsaEncoding: 'ieee-p1363' });
console.log('ec p1363', ecSignature.length, crypto.createVerify('sha256').update('ec').verify({ key: crypto.createPublicKey(ec), dsaEncoding: 'ieee-p1363' }, ecSignature));

// As streams.
const streamSigner = crypto.createSign('sha256');
streamSigner.write('streamed ');
streamSigner.end('data');
streamSigner.on('finish', () => {
  const streamed = streamSigner.sign(rsa, 'base64');
  const verifier = crypto.createVerify('sha256');
  verifier.write('streamed data');
  verifier.end();
  verifier.on('finish', () => console.log('stream verify', verifier.verify(rsaPublic, streamed, 'base64')));
});

console.log(crypto.createSign('sha256') instanceof crypto.Sign, crypto.createVerify('sha256') instanceof crypto.Verify,
  crypto.createSign('sha256') instanceof require('stream').Writable, typeof crypto.Sign.prototype.sign);

attempt('unknown digest', () => crypto.createSign('nope'));
attempt('digest type', () => crypto.createVerify(5));
attempt('update type', () => crypto.createSign('sha256').update(5));
attempt('sign twice', () => { const s = crypto.createSign('sha256').update('x'); s.sign(rsa); return s.sign(rsa); });
attempt('update after sign', () => { const s = crypto.createSign('sha256'); s.sign(rsa); return s.update('x'); });
attempt('verify twice', () => { const v = crypto.createVerify('sha256').update('x'); v.verify(rsaPublic, signature); return v.verify(rsaPublic, signature); });
attempt('ed25519', () => crypto.createSign('sha256').update('x').sign(crypto.createPrivateKey(read('ed25519_private.pem'))));
attempt('public key', () => crypto.createSign('sha256').update('x').sign(crypto.createPublicKey(rsa)));
attempt('no key', () => crypto.createSign('sha256').update('x').sign());
