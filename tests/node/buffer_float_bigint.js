// Floats, doubles and 64-bit BigInts, both byte orders.
const buffer = Buffer.alloc(16);
for (const value of [0, -0, 1, -1.5, 3.14159, 1e-40, 3.4e38, 1e39, Infinity, -Infinity, NaN, 2 ** -149]) {
  buffer.fill(0);
  buffer.writeFloatLE(value, 0);
  buffer.writeFloatBE(value, 4);
  buffer.writeDoubleLE(value, 8);
  console.log(value, buffer.toString('hex'), buffer.readFloatLE(0), buffer.readFloatBE(4), buffer.readDoubleLE(8),
    Object.is(buffer.readDoubleLE(8), value));
}
buffer.fill(0);
console.log(buffer.writeDoubleBE(Math.PI, 3), buffer.toString('hex'), buffer.readDoubleBE(3));
console.log(buffer.writeFloatLE('2.5'), buffer.readFloatLE(), buffer.writeFloatBE(undefined, 12), buffer.readFloatBE(12));
const values = [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n, -0x0102030405060708n];
for (const value of values) {
  buffer.fill(0);
  buffer.writeBigInt64LE(value, 0);
  buffer.writeBigInt64BE(value, 8);
  console.log(value, buffer.toString('hex'), buffer.readBigInt64LE(0), buffer.readBigInt64BE(8),
    buffer.readBigUInt64LE(0), buffer.readBigUInt64BE(8));
}
for (const value of [0n, 2n ** 64n - 1n, 2n ** 63n, 0xfedcba9876543210n]) {
  console.log(value, buffer.writeBigUInt64LE(value, 1), buffer.toString('hex', 1, 9), buffer.readBigUInt64LE(1),
    buffer.writeBigUint64BE(value, 8), buffer.readBigUint64BE(8));
}
const attempts = [
  () => buffer.writeBigInt64LE(2n ** 63n), () => buffer.writeBigInt64BE(-(2n ** 63n) - 1n),
  () => buffer.writeBigUInt64LE(-1n), () => buffer.writeBigUInt64BE(2n ** 64n), () => buffer.readBigInt64LE(9),
  () => buffer.readDoubleLE(9), () => buffer.readFloatBE(13), () => buffer.writeDoubleLE(1, 8.5),
  () => buffer.readBigUInt64BE('1'), () => Buffer.alloc(4).readDoubleLE(), () => Buffer.alloc(4).writeBigInt64LE(1n),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
