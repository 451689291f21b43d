// Buffer.concat with and without a total length, Uint8Array items, truncation and zero fill.
const parts = [Buffer.from('ab'), new Uint8Array([0x63, 0x64]), Buffer.from('efg'), Buffer.alloc(0)];
console.log(Buffer.concat(parts), Buffer.concat(parts).toString());
for (const length of [0, 1, 3, 7, 10, undefined]) {
  const joined = Buffer.concat(parts, length);
  console.log(length, joined.length, joined.toString('hex'), Buffer.isBuffer(joined));
}
console.log(Buffer.concat([]), Buffer.concat([], 5), Buffer.concat([Buffer.from('x')]).toString());
const one = Buffer.from('single');
const copy = Buffer.concat([one]);
copy[0] = 0x53;
console.log(one.toString(), copy.toString());
const attempts = [
  () => Buffer.concat('ab'), () => Buffer.concat([1]), () => Buffer.concat([Buffer.from('a'), 'b']),
  () => Buffer.concat([Buffer.from('a')], -1), () => Buffer.concat([Buffer.from('a')], 1.5),
  () => Buffer.concat([Buffer.from('a')], '2'), () => Buffer.concat(null), () => Buffer.concat([[1, 2]]),
  () => Buffer.concat([new Uint16Array(2)]),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
