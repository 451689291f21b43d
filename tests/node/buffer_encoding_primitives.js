// The per-encoding methods (utf8Slice, hexWrite, ucs2Slice...) and their range errors.
const buffer = Buffer.from('héllo wörld');
for (const name of ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  console.log(name, JSON.stringify(buffer[`${name}Slice`]()), JSON.stringify(buffer[`${name}Slice`](1, 5)),
    JSON.stringify(buffer[`${name}Slice`](4)), JSON.stringify(buffer[`${name}Slice`](5, 2)));
  const target = Buffer.alloc(8, 0x2e);
  const text = name === 'hex' ? '616263' : name.startsWith('base64') ? 'YWJj' : 'abc€';
  console.log(name, target[`${name}Write`](text), target[`${name}Write`](text, 5), target[`${name}Write`](text, 1, 2), target.toString('hex'));
}
const attempts = [
  () => buffer.hexSlice(3, 100), () => buffer.utf8Slice(-1), () => buffer.latin1Write('a', 20), () => buffer.utf8Write(5),
  () => buffer.asciiWrite('a', -1), () => buffer.base64Slice(0, buffer.length + 1),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
