// utf16le (ucs2): two bytes per code unit, odd trailing bytes dropped, whole units written.
const texts = ['', 'a', 'abc', 'é€', '😀', '\ud800', 'mixed ü 😀 text'];
for (const text of texts) {
  for (const encoding of ['utf16le', 'ucs2', 'ucs-2', 'utf-16le']) {
    const buffer = Buffer.from(text, encoding);
    console.log(JSON.stringify(text), encoding, buffer.toString('hex'), Buffer.byteLength(text, encoding),
      buffer.toString(encoding) === text);
  }
}
const odd = Buffer.from([0x61, 0x00, 0x62, 0x00, 0x63]);
console.log(JSON.stringify(odd.toString('utf16le')), JSON.stringify(odd.toString('utf16le', 1)));
console.log(JSON.stringify(odd.toString('utf16le', 1, 4)));
const target = Buffer.alloc(5, 0xff);
console.log(target.write('abc', 'utf16le'), target);
console.log(target.write('xyz', 1, 3, 'ucs2'), target);
console.log(target.write('\u20ac', 4, 'utf16le'), target);
