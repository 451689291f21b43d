// Which encoding arguments each method accepts: undefined, null, '', numbers, mixed case, unknown names.
const attempts = {
  'from': (e) => Buffer.from('hi', e).toString('hex'),
  'toString': (e) => Buffer.from('hi').toString(e),
  'write': (e) => Buffer.alloc(4).write('hi', e),
  'fill': (e) => Buffer.alloc(3).fill('hi', e).toString('hex'),
  'indexOf': (e) => Buffer.from('ohio').indexOf('hi', 0, e),
  'byteLength': (e) => Buffer.byteLength('hé', e),
  'alloc': (e) => Buffer.alloc(3, 'hi', e).toString('hex'),
};
const encodings = [undefined, null, '', 0, false, 'UTF8', 'Utf-8', 'HEX', 'Base64URL', 'BINARY', 'ucs2', 'klingon', 'utf 8'];
for (const [name, attempt] of Object.entries(attempts)) {
  for (const encoding of encodings) {
    try {
      console.log(name, JSON.stringify(encoding), JSON.stringify(attempt(encoding)));
    } catch (error) {
      console.log(name, JSON.stringify(encoding), error.name, error.code, error.message);
    }
  }
}
for (const encoding of [...encodings, 'utf16le', 'latin1', 'base64', 'ascii', 'utf-16le', 'UCS-2', 'Hex']) {
  console.log('isEncoding', JSON.stringify(encoding), Buffer.isEncoding(encoding));
}
console.log(Buffer.isEncoding({ toString: () => 'utf8' }), Buffer.isEncoding(new String('utf8')));
