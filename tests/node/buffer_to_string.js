// buf.toString(encoding, start, end) for every encoding and many ranges.
const buffer = Buffer.from([0x68, 0xc3, 0xa9, 0x6c, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x00, 0x7f, 0x80, 0xff]);
for (const encoding of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex', 'UCS-2', 'BINARY']) {
  console.log(encoding, JSON.stringify(buffer.toString(encoding)));
}
const ranges = [[0, 3], [1, 3], [2, 5], [-5, 4], [3, 100], [10, 2], [15, 20], [undefined, 4], [4, undefined],
  [1.7, 3.2], ['1', '3'], [NaN, 2], [0, NaN], [null, 3], [0, -1]];
for (const [start, end] of ranges) {
  console.log(start, end, JSON.stringify(buffer.toString('utf8', start, end)), buffer.toString('hex', start, end));
}
console.log(JSON.stringify(Buffer.alloc(0).toString()));
console.log(JSON.stringify(buffer.toString(undefined, 0, 3)));
console.log(JSON.stringify(buffer.toLocaleString()));
try {
  buffer.toString('klingon');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
try {
  buffer.toString('');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
console.log(String(Buffer.from('implicit')), `${Buffer.from('template')}`);
