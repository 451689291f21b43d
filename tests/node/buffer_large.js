// Large buffers: encodings round trip, searching, comparing and filling over a megabyte.
const size = 1 << 20;
const big = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) big.writeUInt32BE(i, i);
const needle = Buffer.alloc(4);
needle.writeUInt32BE(size - 4096);
console.log(big.indexOf(needle), big.lastIndexOf(needle), big.indexOf(needle, size - 4095), big.includes(Buffer.from([1, 2, 3])));
console.log(big.indexOf(0x10), big.lastIndexOf(0x10), big.lastIndexOf(0), big.indexOf(0xff));
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'utf16le']) {
  const text = big.toString(encoding);
  console.log(encoding, text.length, Buffer.from(text, encoding).equals(big));
}
const text = 'ab€😀'.repeat(50000);
const utf8 = Buffer.from(text);
console.log(utf8.length, utf8.toString() === text, Buffer.byteLength(text));
const copy = Buffer.from(big);
console.log(Buffer.compare(big, copy), big.equals(copy), copy.compare(big, 1), big.compare(copy, 0, size - 1));
copy[size - 1] = 1;
console.log(Buffer.compare(big, copy), Buffer.compare(copy, big), big.equals(copy));
const filled = Buffer.alloc(size + 3, 'xyz');
console.log(filled.toString('latin1', 0, 7), filled.toString('latin1', size - 2), filled.indexOf('zx', size - 10));
const pattern = Buffer.alloc(1000).fill(Buffer.from([1, 2, 3, 4, 5, 6, 7]));
console.log(pattern.subarray(990).toString('hex'));
const joined = Buffer.concat(Array.from({ length: 1000 }, (_, i) => Buffer.from(`${i},`)));
console.log(joined.length, joined.subarray(-12).toString(), joined.lastIndexOf('500,'));
