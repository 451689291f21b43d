// readIntLE/BE, readUIntLE/BE, writeIntLE/BE, writeUIntLE/BE with byteLength 1 to 6.
const buffer = Buffer.alloc(8);
for (let byteLength = 1; byteLength <= 6; byteLength++) {
  const max = 2 ** (8 * byteLength) - 1;
  const min = -(2 ** (8 * byteLength - 1));
  for (const value of [0, 1, 0x1234 % (max + 1), max, Math.floor(max / 3)]) {
    buffer.fill(0);
    const end = buffer.writeUIntLE(value, 1, byteLength);
    const le = buffer.toString('hex');
    buffer.writeUIntBE(value, 1, byteLength);
    console.log('u', byteLength, value, end, le, buffer.toString('hex'), buffer.readUIntBE(1, byteLength),
      buffer.readUIntLE(1, byteLength));
  }
  for (const value of [min, -1, 0, -min - 1, Math.trunc(min / 5)]) {
    buffer.fill(0);
    buffer.writeIntLE(value, 0, byteLength);
    const le = buffer.toString('hex');
    console.log('s', byteLength, value, le, buffer.readIntLE(0, byteLength), buffer.readUIntLE(0, byteLength));
    buffer.writeIntBE(value, 2, byteLength);
    console.log('s', byteLength, value, buffer.toString('hex'), buffer.readIntBE(2, byteLength));
  }
}
const errors = [
  () => buffer.readIntLE(0), () => buffer.readIntLE(0, 0), () => buffer.readIntBE(0, 7), () => buffer.readUIntLE(0, 1.5),
  () => buffer.readUIntBE(4, 6), () => buffer.readUIntLE(-1, 2), () => buffer.writeUIntLE(1, 0, 8),
  () => buffer.writeIntLE(2 ** 47, 0, 6), () => buffer.writeUIntLE(2 ** 48, 0, 6), () => buffer.writeIntBE(-(2 ** 40), 0, 5),
  () => buffer.writeUIntBE(2 ** 24, 0, 3), () => buffer.writeIntLE(128, 0, 1), () => buffer.writeUIntLE(1, 7, 2),
  () => buffer.readIntLE('0', 2), () => buffer.writeUIntBE(1, 0),
];
for (const attempt of errors) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
