// Buffer.byteLength for strings in each encoding and for buffers, views and ArrayBuffers.
const strings = ['', 'a', 'héllo', '€', '😀', '\ud800', 'aGVsbG8=', 'aGVsbG8', 'YQ==', '==', '=', 'abc', 'abcd', '12345'];
for (const text of strings) {
  const lengths = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex', 'klingon', undefined]
    .map((encoding) => Buffer.byteLength(text, encoding));
  console.log(JSON.stringify(text), lengths.join(' '));
}
console.log(Buffer.byteLength(Buffer.from('abc')), Buffer.byteLength(new Uint16Array(4)), Buffer.byteLength(new DataView(new ArrayBuffer(6))));
console.log(Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength(new SharedArrayBuffer(3)), Buffer.byteLength(new Float64Array(2).subarray(1)));
for (const value of [5, null, undefined, {}, [1, 2], true]) {
  try {
    Buffer.byteLength(value);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const long = 'ab€'.repeat(1000);
console.log(Buffer.byteLength(long), Buffer.from(long).length);
