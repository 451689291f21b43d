// StringDecoder: encoding names it accepts, the normalized `encoding` property and errors.
const { StringDecoder } = require('string_decoder');
for (const encoding of [undefined, null, '', 'utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'BINARY',
  'base64', 'Base64url', 'hex', 'ascii']) {
  const decoder = new StringDecoder(encoding);
  console.log(JSON.stringify(encoding), decoder.encoding, Object.keys(decoder).includes('encoding'));
}
for (const encoding of ['utf7', 'klingon', 0, true, {}]) {
  try {
    new StringDecoder(encoding);
  } catch (error) {
    console.log(JSON.stringify(encoding), error.name, error.code, error.message);
  }
}
const decoder = new StringDecoder();
console.log(typeof decoder.write, typeof decoder.end, typeof decoder.text, decoder instanceof StringDecoder);
console.log(JSON.stringify(decoder.end()), JSON.stringify(decoder.write(Buffer.from('plain'))));
