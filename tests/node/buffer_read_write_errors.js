// Offset and value errors of the fixed-size readers and writers.
const buffer = Buffer.alloc(4);
const attempts = [
  () => buffer.readUInt8(4), () => buffer.readUInt8(-1), () => buffer.readUInt8(1.5), () => buffer.readUInt8(NaN),
  () => buffer.readUInt8(Infinity), () => buffer.readUInt8('1'), () => buffer.readUInt8(null), () => buffer.readUInt8({}),
  () => buffer.readUInt16LE(3), () => buffer.readInt32BE(1), () => buffer.readUInt32LE(0), () => buffer.readInt16BE(2),
  () => Buffer.alloc(2).readInt32LE(0), () => Buffer.alloc(0).readUInt8(0), () => Buffer.alloc(3).readUInt32LE(),
  () => buffer.writeUInt8(256), () => buffer.writeUInt8(-1), () => buffer.writeInt8(128), () => buffer.writeInt8(-129),
  () => buffer.writeUInt16LE(65536), () => buffer.writeInt16BE(-32769), () => buffer.writeUInt32LE(2 ** 32),
  () => buffer.writeInt32LE(2 ** 31), () => buffer.writeUInt32BE(-(2 ** 33)), () => buffer.writeUInt8(1, 4),
  () => buffer.writeUInt16BE(1, 3), () => buffer.writeInt32LE(1, 1), () => buffer.writeUInt8(1, 0.5),
  () => buffer.writeUInt8(300, 10), () => buffer.writeUInt8(1, '0'), () => Buffer.alloc(1).writeUInt16LE(1),
  () => buffer.writeInt8(-0), () => buffer.writeUInt32BE(2 ** 32 - 1, 0),
];
for (const attempt of attempts) {
  try {
    console.log('ok', attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
console.log(buffer);
