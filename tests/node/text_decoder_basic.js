// TextDecoder: labels, inputs of every kind, BOM handling, fatal mode, utf-16le and windows-1252.
const util = require('util');
console.log(util.TextDecoder === TextDecoder);
for (const label of ['utf-8', 'UTF8', ' unicode-1-1-utf-8 ', 'utf-16le', 'utf-16', 'ucs-2', 'latin1', 'ascii', 'iso-8859-1',
  'windows-1252', 'us-ascii', undefined]) {
  const decoder = new TextDecoder(label);
  console.log(JSON.stringify(label), decoder.encoding, decoder.fatal, decoder.ignoreBOM);
}
for (const label of ['utf-7', 'klingon', '', null]) {
  try {
    new TextDecoder(label);
  } catch (error) {
    console.log(JSON.stringify(label), error.name, error.code, error.message);
  }
}
const decoder = new TextDecoder();
const bytes = [0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80];
console.log(JSON.stringify(decoder.decode(new Uint8Array(bytes))), JSON.stringify(decoder.decode(Buffer.from(bytes))));
console.log(JSON.stringify(decoder.decode(new Uint8Array(bytes).buffer)), JSON.stringify(decoder.decode(new DataView(new Uint8Array(bytes).buffer, 3))));
console.log(JSON.stringify(decoder.decode(new Uint16Array([0x6968]))), JSON.stringify(decoder.decode()), JSON.stringify(decoder.decode(undefined)));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bytes.slice(0, 4)))));
console.log(JSON.stringify(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]))));
console.log(JSON.stringify(decoder.decode(new Uint8Array([0x61, 0xff, 0xc3, 0x62, 0xed, 0xa0, 0x80]))));
const fatal = new TextDecoder('utf-8', { fatal: true });
console.log(fatal.fatal, JSON.stringify(fatal.decode(new Uint8Array([0x61, 0xc3, 0xa9]))));
for (const input of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0x61, 0x80]]) {
  try {
    fatal.decode(new Uint8Array(input));
  } catch (error) {
    console.log(JSON.stringify(input), error.name, error.code, error.message);
  }
}
const utf16 = new TextDecoder('utf-16le');
console.log(JSON.stringify(utf16.decode(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00, 0x3d, 0xd8, 0x00, 0xde]))));
console.log(JSON.stringify(utf16.decode(new Uint8Array([0x68, 0x00, 0x69]))), JSON.stringify(utf16.decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00]))));
const latin = new TextDecoder('latin1');
console.log(JSON.stringify(latin.decode(new Uint8Array([0x41, 0x80, 0x81, 0x8a, 0x9f, 0xa0, 0xe9, 0xff]))));
for (const input of ['str', 5, [1]]) {
  try {
    decoder.decode(input);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
console.log(decoder, Object.prototype.toString.call(decoder));
