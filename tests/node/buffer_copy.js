// buf.copy(target, targetStart, sourceStart, sourceEnd): clamping, overlap and errors.
const source = Buffer.from('0123456789');
const cases = [[], [2], [0, 5], [0, 5, 8], [4, 0, 10], [8], [10], [0, 10], [0, 3, 3], [0, 6, 4], [0, 0, 100],
  [0, 2.7, 5.2], ['2', '1', '4'], [undefined, undefined, 3], [NaN, NaN, NaN], [20, 0, 1]];
for (const args of cases) {
  const target = Buffer.alloc(10, '.');
  const copied = source.copy(target, ...args);
  console.log(JSON.stringify(args), copied, target.toString());
}
const overlap = Buffer.from('abcdefghij');
console.log(overlap.copy(overlap, 2, 0, 6), overlap.toString());
console.log(overlap.copy(overlap, 0, 4), overlap.toString());
const small = Buffer.alloc(3);
console.log(source.copy(small), small.toString());
const typed = new Uint8Array(4);
console.log(source.copy(typed, 1), Array.from(typed));
const attempts = [
  () => source.copy('abc'), () => source.copy([]), () => source.copy(Buffer.alloc(2), -1),
  () => source.copy(Buffer.alloc(2), 0, -1), () => source.copy(Buffer.alloc(2), 0, 0, -1),
  () => source.copy(Buffer.alloc(2), 0, 11), () => source.copy(Buffer.alloc(2), 0, 10),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
