// Buffer.compare, buf.compare with ranges, buf.equals.
const a = Buffer.from('abc');
const b = Buffer.from('abd');
const c = Buffer.from('ab');
const pairs = [[a, a], [a, b], [b, a], [a, c], [c, a], [Buffer.alloc(0), Buffer.alloc(0)], [Buffer.alloc(0), a],
  [a, Buffer.from('abc')], [new Uint8Array([1, 2]), Buffer.from([1, 3])], [Buffer.from([255]), Buffer.from([1])]];
for (const [x, y] of pairs) {
  console.log(x.toString('hex'), y.toString('hex'), Buffer.compare(x, y), Buffer.from(x).compare(y), Buffer.from(x).equals(y));
}
console.log([b, c, a, Buffer.from('a'), Buffer.from('')].sort(Buffer.compare).map(String));
const source = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const target = Buffer.from([5, 6, 7, 8, 9, 1, 2, 3, 4]);
const ranges = [[5, 9, 0, 4], [0, 4, 5, 9], [0, 9], [4], [0, 0, 0, 0], [0, 0, 1, 2], [1, 2, 0, 0], [undefined, undefined, 4, 9],
  [0, 3, 4, 7], [5, 9, 1, 5]];
for (const range of ranges) console.log(range.join(','), source.compare(target, ...range));
const attempts = [
  () => Buffer.compare('a', a), () => Buffer.compare(a, 1), () => a.compare('abc'), () => a.equals('abc'),
  () => a.equals([97, 98, 99]), () => source.compare(target, -1), () => source.compare(target, 0, 10),
  () => source.compare(target, 0, 1, 0, 10), () => source.compare(target, 1.5), () => source.compare(target, '1'),
  () => source.compare(target, 10, 9), () => source.compare(target, 0, 9, 10),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
console.log(a.equals(new Uint8Array([97, 98, 99])), Buffer.compare(new Uint8Array([1]), new Uint8Array([1])));
