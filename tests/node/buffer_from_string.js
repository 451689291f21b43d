// Buffer.from(string, encoding) in every encoding, and the bytes it makes.
const texts = ['', 'hello', 'héllo wörld', '€uro', '😀 smile', 'a\u0000b', '\ud800 lone', 'end\udfff'];
const encodings = ['utf8', 'utf-8', 'utf16le', 'ucs2', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex'];
for (const text of texts) {
  for (const encoding of encodings) {
    const buffer = Buffer.from(text, encoding);
    console.log(JSON.stringify(text), encoding, buffer.length, buffer.toString('hex'));
  }
}
console.log(Buffer.from('abc', 'UTF8').toString('hex'));
console.log(Buffer.from('abc', 'Latin1').toString('hex'));
console.log(Buffer.from('abc', undefined).toString('hex'));
console.log(Buffer.from('abc', null).toString('hex'));
console.log(Buffer.from(new String('boxed')).toString());
console.log(Buffer.from({ [Symbol.toPrimitive]: () => 'prim' }).toString());
console.log(Buffer.from({ valueOf: () => 'valued' }).toString());
