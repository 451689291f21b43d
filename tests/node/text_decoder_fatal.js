// TextDecoder fatal mode over many invalid sequences, and the decoder's state after an error.
const sequences = [[0x80], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xed, 0xa0, 0x80],
  [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xfe], [0xff], [0x61, 0xc3, 0x28], [0xc3, 0xa9],
  [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xef, 0xbf, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf]];
const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
for (const bytes of sequences) {
  const input = new Uint8Array(bytes);
  let strict;
  try {
    strict = JSON.stringify(fatal.decode(input));
  } catch (error) {
    strict = `${error.name} ${error.code}`;
  }
  console.log(Buffer.from(bytes).toString('hex'), strict, JSON.stringify(lenient.decode(input)));
}
try {
  fatal.decode(new Uint8Array([0xe2, 0x82]), { stream: true });
  fatal.decode(new Uint8Array([0x41]));
} catch (error) {
  console.log('split', error.name, error.message);
}
console.log(JSON.stringify(fatal.decode(new Uint8Array([0x42]))));
const utf16 = new TextDecoder('utf-16le', { fatal: true });
for (const bytes of [[0x41, 0x00], [0x00, 0xd8], [0x00, 0xdc, 0x41, 0x00], [0x3d, 0xd8, 0x00, 0xde], [0x41]]) {
  try {
    console.log(JSON.stringify(utf16.decode(new Uint8Array(bytes))));
  } catch (error) {
    console.log(Buffer.from(bytes).toString('hex'), error.name, error.code, error.message);
  }
}
