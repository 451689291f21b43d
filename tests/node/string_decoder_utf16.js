// StringDecoder('utf16le' / 'ucs2'): odd bytes and surrogate pairs split across writes.
const { StringDecoder } = require('string_decoder');
const text = Buffer.from('h😀i€\ud83d\ude00!', 'utf16le');
for (const size of [1, 2, 3, 5]) {
  const decoder = new StringDecoder('utf16le');
  const pieces = [];
  for (let i = 0; i < text.length; i += size) pieces.push(decoder.write(text.subarray(i, i + size)));
  pieces.push(decoder.end());
  console.log(size, JSON.stringify(pieces), pieces.join('') === text.toString('utf16le'));
}
const decoder = new StringDecoder('ucs2');
console.log(decoder.encoding);
console.log(JSON.stringify([decoder.write(Buffer.from([0x3d])), decoder.write(Buffer.from([0xd8, 0x4d])), decoder.write(Buffer.from([0xdc])), decoder.end()]));
console.log(JSON.stringify([decoder.write(Buffer.from([0x3d, 0xd8])), decoder.end()]));
console.log(JSON.stringify([decoder.write(Buffer.from([0x41])), decoder.end()]));
console.log(JSON.stringify([decoder.write(Buffer.from([0x41, 0x00, 0x3d, 0xd8])), decoder.end(Buffer.from([0x00, 0xde]))]));
console.log(JSON.stringify([decoder.write(Buffer.from([0x00, 0xdc, 0x41, 0x00])), decoder.end()]));
