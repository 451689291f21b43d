// StringDecoder('utf8'): multi-byte characters split across writes, invalid bytes, end().
const { StringDecoder } = require('string_decoder');
const text = Buffer.from('a€b😀cé\u0800');
for (const size of [1, 2, 3, 4, 7]) {
  const decoder = new StringDecoder('utf8');
  const pieces = [];
  for (let i = 0; i < text.length; i += size) pieces.push(decoder.write(text.subarray(i, i + size)));
  pieces.push(decoder.end());
  console.log(size, JSON.stringify(pieces), pieces.join('') === text.toString());
}
const decoder = new StringDecoder('utf8');
console.log(JSON.stringify([decoder.write(Buffer.from([0xe2])), decoder.write(Buffer.from([0x82])), decoder.end(Buffer.from([0xac]))]));
console.log(JSON.stringify([decoder.write(Buffer.from([0xe2, 0x82])), decoder.end()]));
console.log(JSON.stringify([decoder.write(Buffer.from([0xf0, 0x9f])), decoder.write(Buffer.from([0x41])), decoder.end()]));
console.log(JSON.stringify([decoder.write(Buffer.from([0xff, 0x41, 0xc3])), decoder.write(Buffer.from([0xc3, 0xa9])), decoder.end()]));
console.log(JSON.stringify([decoder.write(Buffer.from([0x80, 0x80])), decoder.write(Buffer.from([0xed, 0xa0])), decoder.end(Buffer.from([0x80]))]));
console.log(JSON.stringify([decoder.write(Buffer.alloc(0)), decoder.end(Buffer.alloc(0)), decoder.end()]));
console.log(JSON.stringify([decoder.write(new Uint8Array([0x68, 0x69])), decoder.write(new DataView(new Uint8Array([0x21]).buffer))]));
console.log(JSON.stringify([decoder.write('already text'), decoder.end('x')]));
console.log(JSON.stringify([decoder.text(Buffer.from('abcdef'), 2), decoder.text(Buffer.from('€'), 1), decoder.end()]));
for (const value of [5, null, {}, [1]]) {
  try {
    decoder.write(value);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
