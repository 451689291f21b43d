// base64 and base64url: encoding, padding, lenient decoding and byteLength.
for (let length = 0; length <= 7; length++) {
  const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0x3e, 0x3f, 0x41].slice(0, length));
  console.log(length, bytes.toString('base64'), bytes.toString('base64url'));
}
const inputs = ['', 'QQ', 'QQ==', 'QUI', 'QUI=', 'QUJD', 'Q U\nJ\tD', '-_-_', '+/+/', 'QQ=QUJD', 'Q', 'QUJDRA',
  '====', 'Q!!Q', 'YWJj\r\nZGVm', 'aGVsbG8gd29ybGQ', '8J+YgA=='];
for (const input of inputs) {
  const a = Buffer.from(input, 'base64');
  const b = Buffer.from(input, 'base64url');
  console.log(JSON.stringify(input), a.toString('hex'), b.toString('hex'),
    Buffer.byteLength(input, 'base64'), Buffer.byteLength(input, 'base64url'));
}
const text = 'The quick brown fox jumps over the lazy dog?!';
const encoded = Buffer.from(text).toString('base64');
console.log(encoded, Buffer.from(encoded, 'base64').toString() === text);
const url = Buffer.from(text).toString('base64url');
console.log(url, Buffer.from(url, 'base64url').toString() === text);
const big = Buffer.alloc(300);
for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
console.log(Buffer.from(big.toString('base64'), 'base64').equals(big));
console.log(big.toString('base64').length, big.toString('base64url').length);
const target = Buffer.alloc(4);
console.log(target.write('QUJDREVG', 'base64'), target);
console.log(target.write('QQ', 1, 'base64'), target);
