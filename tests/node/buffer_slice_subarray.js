// slice and subarray return views sharing memory; negative and out-of-range indices clamp.
const buffer = Buffer.from('abcdefghij');
const ranges = [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], [-100, 3], [1.5, 4.9], ['2', '4'], [NaN, 3], [null, 2],
  [undefined, -8], [10], [11]];
for (const range of ranges) {
  const slice = buffer.slice(...range);
  const sub = buffer.subarray(...range);
  console.log(JSON.stringify(range), slice.toString(), sub.toString(), slice.byteOffset - buffer.byteOffset,
    Buffer.isBuffer(slice), slice.buffer === buffer.buffer);
}
const view = buffer.subarray(2, 4);
view[0] = 0x58;
console.log(buffer.toString(), view.toString());
console.log(Buffer.prototype.slice === Buffer.prototype.subarray, Buffer.prototype.slice.name);
const typed = Uint8Array.prototype.slice.call(buffer, 0, 3);
typed[0] = 0x5a;
console.log(buffer.toString(), typed.constructor.name, Buffer.from(typed).toString());
console.log(buffer.map((byte) => byte + 1).toString(), buffer.filter((byte) => byte > 0x65).toString());
console.log(buffer.reverse().toString(), buffer.reverse().toString());
console.log(buffer.parent === buffer.buffer, buffer.offset === buffer.byteOffset, Buffer.prototype.parent);
