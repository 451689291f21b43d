// StringDecoder in base64, base64url, hex, latin1 and ascii: groups of three bytes held for base64.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from('any carnal pleasure.');
for (const encoding of ['base64', 'base64url', 'hex', 'latin1', 'ascii', 'binary']) {
  for (const size of [1, 2, 4]) {
    const decoder = new StringDecoder(encoding);
    const pieces = [];
    for (let i = 0; i < bytes.length; i += size) pieces.push(decoder.write(bytes.subarray(i, i + size)));
    pieces.push(decoder.end());
    console.log(encoding, size, JSON.stringify(pieces.join('')), pieces.filter((piece) => piece === '').length);
  }
}
const decoder = new StringDecoder('base64');
console.log(JSON.stringify([decoder.write(Buffer.from('ab')), decoder.write(Buffer.from('c')), decoder.write(Buffer.from('defg')), decoder.end()]));
console.log(JSON.stringify([decoder.write(Buffer.from([0xfb])), decoder.end(Buffer.from([0xff]))]));
const url = new StringDecoder('base64url');
console.log(JSON.stringify([url.write(Buffer.from([0xfb, 0xff])), url.end()]));
const high = new StringDecoder('ascii');
console.log(JSON.stringify(high.write(Buffer.from([0x41, 0xc1, 0xff]))));
