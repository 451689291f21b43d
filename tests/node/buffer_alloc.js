// alloc, allocUnsafe, allocUnsafeSlow: sizes, zeroing, the pool, and size errors.
for (const size of [0, 1, 10, 100]) {
  const zeroed = Buffer.alloc(size);
  const unsafe = Buffer.allocUnsafe(size);
  const slow = Buffer.allocUnsafeSlow(size);
  console.log(size, zeroed.length, zeroed.every((byte) => byte === 0), unsafe.length, slow.length,
    Buffer.isBuffer(unsafe), slow.buffer.byteLength === size);
}
console.log(Buffer.poolSize);
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
console.log(a.buffer === b.buffer, a.buffer.byteLength, b.byteOffset - a.byteOffset);
const large = Buffer.allocUnsafe(Buffer.poolSize);
console.log(large.buffer === a.buffer, large.byteOffset, large.buffer.byteLength);
console.log(Buffer.allocUnsafe(0).buffer === a.buffer);
const fromPool = Buffer.from('pooled');
console.log(fromPool.buffer.byteLength, fromPool.buffer === a.buffer);
const attempts = [
  () => Buffer.alloc(-1), () => Buffer.alloc('5'), () => Buffer.alloc(NaN), () => Buffer.alloc(1.5).length,
  () => Buffer.allocUnsafe(-5), () => Buffer.allocUnsafe(null), () => Buffer.allocUnsafeSlow({}),
  () => Buffer.alloc(2 ** 32 + 1), () => Buffer.alloc(Infinity), () => Buffer.alloc(), () => Buffer.allocUnsafe(true),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const { SlowBuffer } = require('buffer');
console.log(typeof SlowBuffer, SlowBuffer(3).length);
