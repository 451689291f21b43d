// TextDecoder with { stream: true }: characters split across chunks, the BOM once, flushing at the end.
const all = Buffer.from('\ufeffa€b😀c é');
for (const size of [1, 2, 3, 5]) {
  const decoder = new TextDecoder();
  const pieces = [];
  for (let i = 0; i < all.length; i += size) pieces.push(decoder.decode(all.subarray(i, i + size), { stream: true }));
  pieces.push(decoder.decode());
  console.log(size, JSON.stringify(pieces));
}
const decoder = new TextDecoder();
console.log(JSON.stringify(decoder.decode(new Uint8Array([0xe2, 0x82]), { stream: true })));
console.log(JSON.stringify(decoder.decode(new Uint8Array([0x41]))));
console.log(JSON.stringify(decoder.decode(new Uint8Array([0xf0, 0x9f]), { stream: true })), JSON.stringify(decoder.decode()));
console.log(JSON.stringify(decoder.decode(new Uint8Array([0xef, 0xbb]), { stream: true })),
  JSON.stringify(decoder.decode(new Uint8Array([0xbf, 0x41]), { stream: true })), JSON.stringify(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
const fatal = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(fatal.decode(new Uint8Array([0xc3]), { stream: true })));
try {
  fatal.decode();
} catch (error) {
  console.log(error.name, error.code, error.message);
}
console.log(JSON.stringify(fatal.decode(new Uint8Array([0x61]))));
const wide = Buffer.from('\ufeffh😀i', 'utf16le');
for (const size of [1, 3]) {
  const utf16 = new TextDecoder('utf-16le');
  const pieces = [];
  for (let i = 0; i < wide.length; i += size) pieces.push(utf16.decode(wide.subarray(i, i + size), { stream: true }));
  pieces.push(utf16.decode());
  console.log('utf16', size, JSON.stringify(pieces));
}
const odd = new TextDecoder('utf-16le');
console.log(JSON.stringify(odd.decode(new Uint8Array([0x41]), { stream: true })), JSON.stringify(odd.decode()));
const ignore = new TextDecoder('utf-8', { ignoreBOM: true });
console.log(JSON.stringify(ignore.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x62]), { stream: true })));
