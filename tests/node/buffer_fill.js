// buf.fill with numbers, strings in each encoding, buffers, ranges, and alloc's fill argument.
const fills = [[0], [0x41], [0x141], [-1], [3.9], [true], ['a'], ['ab'], ['abc', 1], ['abc', 1, 5], ['é'], ['€'],
  ['6162', 'hex'], ['6162', 1, 'hex'], ['6162', 1, 4, 'hex'], ['YWJj', 'base64'], ['ab', 'utf16le'], ['é', 'latin1'],
  ['', 0], [''], [Buffer.from([1, 2, 3])], [new Uint8Array([9, 8]), 2, 6], ['x', 7], ['x', 0, 0], ['x', 3, 2],
  [0x31, 2], [0x31, 2, 4], ['z', undefined, 3], [{ valueOf: () => 5 }], [null], [undefined]];
for (const args of fills) {
  const buffer = Buffer.alloc(7, '.');
  try {
    console.log(JSON.stringify(args), buffer.fill(...args).toString('hex'));
  } catch (error) {
    console.log(JSON.stringify(args), error.name, error.code, error.message);
  }
}
const errors = [['zz', 'hex'], ['a', -1], ['a', 0, 8], ['a', 0, -1], ['a', 1.5], ['a', '1', '3'], ['a', 0, 1, 'klingon'],
  ['a', 0, 1, 5], [Buffer.alloc(0)], [new Uint8Array(0), 1], [1, '1'], [1, 0, '2']];
for (const args of errors) {
  try {
    console.log(JSON.stringify(args), Buffer.alloc(7).fill(...args).toString('hex'));
  } catch (error) {
    console.log(JSON.stringify(args), error.name, error.code, error.message);
  }
}
for (const args of [[4, 'a'], [4, 'abc'], [4, 0x62], [4, 'YWI=', 'base64'], [4, 'ab', 'utf16le'], [0, 'a'], [4, ''],
  [4, Buffer.from('xy')], [3, 0]]) {
  console.log(JSON.stringify(args), Buffer.alloc(...args).toString('hex'));
}
try {
  Buffer.alloc(4, 'zz', 'hex');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
