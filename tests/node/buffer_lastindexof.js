// lastIndexOf and includes: searching backwards, offsets before the start and past the end.
const buffer = Buffer.from('abcabcabc');
const needles = ['a', 'abc', 'cab', 'bc', 'z', '', 99, Buffer.from('ca'), Buffer.alloc(0), 'abcabcabcabc'];
for (const needle of needles) {
  const shown = typeof needle === 'object' ? `<${needle.toString()}>` : JSON.stringify(needle);
  const results = [undefined, 0, 1, 3, 6, 8, 9, 20, -1, -4, -9, -10, -100, 2.5, null, NaN, '1'].map((offset) => buffer.lastIndexOf(needle, offset));
  console.log(shown, results.join(' '));
}
console.log(buffer.lastIndexOf('6263', 'hex'), buffer.lastIndexOf('6263', 4, 'hex'), buffer.lastIndexOf('YWJj', 'base64'));
console.log(buffer.lastIndexOf('b', 'latin1'), buffer.lastIndexOf(Buffer.from('abc'), -4));
for (const [needle, offset] of [['a', undefined], ['a', 7], ['abc', 7], ['z', 0], ['', 3], [98, 8], [Buffer.from('ca'), 6], ['YWJj', 'base64']]) {
  console.log('includes', JSON.stringify(needle), offset, buffer.includes(needle, offset));
}
try {
  buffer.lastIndexOf({});
} catch (error) {
  console.log(error.name, error.code, error.message);
}
try {
  buffer.includes('a', 0, 'x');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
