// Buffer.copyBytesFrom(view, offset, length): copies elements of any TypedArray.
const u16 = new Uint16Array([0x0102, 0x0304, 0x0506, 0x0708]);
const cases = [[], [1], [1, 2], [0, 0], [3, 5], [4], [10], [0, 10]];
for (const args of cases) {
  const copy = Buffer.copyBytesFrom(u16, ...args);
  console.log(JSON.stringify(args), copy, Buffer.isBuffer(copy), copy.buffer === u16.buffer);
}
console.log(Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1), Buffer.copyBytesFrom(new Float32Array([1]), 0));
console.log(Buffer.copyBytesFrom(new Uint8Array(0)), Buffer.copyBytesFrom(new BigInt64Array([-1n])));
console.log(Buffer.copyBytesFrom(new Uint32Array([1, 2, 3]).subarray(1), 1));
const attempts = [
  () => Buffer.copyBytesFrom([1, 2]), () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))),
  () => Buffer.copyBytesFrom(Buffer.from('ab'), -1), () => Buffer.copyBytesFrom(Buffer.from('ab'), 0, -1),
  () => Buffer.copyBytesFrom(Buffer.from('ab'), '1'), () => Buffer.copyBytesFrom(Buffer.from('ab'), 0.5),
  () => Buffer.copyBytesFrom(new ArrayBuffer(2)),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
