// read/write of 8, 16 and 32-bit integers, signed and unsigned, both byte orders, and the aliases.
const buffer = Buffer.alloc(8);
const writes = [
  ['writeUInt8', 0xab, 0], ['writeInt8', -2, 1], ['writeUInt16LE', 0x1234, 2], ['writeUInt16BE', 0x1234, 4],
  ['writeInt16LE', -300, 6],
];
for (const [method, value, offset] of writes) console.log(method, buffer[method](value, offset), buffer.toString('hex'));
for (const method of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE']) {
  console.log(method, [0, 1, 2, 3, 4, 5, 6].filter((o) => o + (method.includes('16') ? 2 : 1) <= 8).map((o) => buffer[method](o)).join(' '));
}
const wide = Buffer.alloc(8);
console.log(wide.writeUInt32LE(0xdeadbeef, 0), wide.writeInt32BE(-123456789, 4), wide.toString('hex'));
for (const method of ['readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE']) {
  console.log(method, wide[method](0), wide[method](2), wide[method](4));
}
console.log(wide.readUInt32LE(), wide.readInt8(), wide.readUInt16BE());
// Extremes.
const edges = Buffer.alloc(4);
for (const [method, value] of [['writeInt8', -128], ['writeInt8', 127], ['writeInt16LE', -32768], ['writeInt16BE', 32767],
  ['writeUInt16LE', 65535], ['writeInt32LE', -(2 ** 31)], ['writeInt32BE', 2 ** 31 - 1], ['writeUInt32LE', 2 ** 32 - 1]]) {
  edges.fill(0);
  edges[method](value);
  console.log(method, value, edges.toString('hex'), edges[method.replace('write', 'read')]());
}
// Values are converted with ToNumber; fractions truncate; NaN writes 0.
for (const value of ['12', 1.9, -1.5, NaN, undefined, true, '0x10', null]) {
  edges.fill(0xff);
  edges.writeInt16LE(value);
  edges.writeUInt8(value, 2);
  console.log(JSON.stringify(value), edges.toString('hex'));
}
// Lower-case aliases are the same functions.
for (const name of ['readUint8', 'readUint16LE', 'readUint32BE', 'writeUint8', 'writeUint16BE', 'writeUint32LE',
  'readUintLE', 'writeUintBE', 'readBigUint64LE', 'writeBigUint64BE']) {
  console.log(name, Buffer.prototype[name] === Buffer.prototype[name.replace('Uint', 'UInt')], Buffer.prototype[name].name);
}
