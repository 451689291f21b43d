// buf.write(string, offset, length, encoding): argument shapes, partial characters and errors.
const cases = [['abc'], ['abc', 2], ['abc', 2, 1], ['abc', 'latin1'], ['abc', 1, 'hex'], ['616263', 1, 'hex'],
  ['616263', 1, 2, 'hex'], ['€€€'], ['€€€', 2], ['a€', 0, 3], ['a€', 0, 4], ['😀😀', 1], ['abcdefghij'], ['xy', 8],
  ['xy', 7], ['xy', 0, 0], ['', 3], ['ab', 0, 8, 'utf16le'], ['ab', 1, 'ucs2'], ['YWJjZA==', 'base64'],
  ['abc', undefined, undefined, 'hex'], ['ab', 0, undefined, 'latin1'], ['ab', 0, 2, undefined], ['é', 0, 1, 'latin1']];
for (const args of cases) {
  const buffer = Buffer.alloc(8, '.');
  try {
    console.log(JSON.stringify(args), buffer.write(...args), buffer.toString('hex'));
  } catch (error) {
    console.log(JSON.stringify(args), error.name, error.code, error.message);
  }
}
const errors = [[5], [undefined], ['a', -1], ['a', 9], ['a', 1.5], ['a', 0, -1], ['a', 0, 9], ['a', 0, 1.5], ['a', 0, 1, 'klingon'],
  ['a', null], ['a', '1'], ['a', 0, '1'], ['a', {}], [Buffer.from('a')]];
for (const args of errors) {
  try {
    console.log(JSON.stringify(args), Buffer.alloc(8).write(...args));
  } catch (error) {
    console.log(JSON.stringify(args), error.name, error.code, error.message);
  }
}
