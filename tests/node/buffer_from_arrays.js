// Buffer.from with arrays, array-likes, typed arrays, ArrayBuffers (shared memory) and JSON data.
console.log(Buffer.from([1, 2, 255, 256, -1, 1.9, '3', 'x', null, true]));
console.log(Buffer.from({ length: 3, 0: 7, 1: 8 }), Buffer.from({ length: 'x' }), Buffer.from({ length: -1 }));
console.log(Buffer.from(new Uint16Array([1, 258, 65535])), Buffer.from(new Float64Array([1.5, -2])));
console.log(Buffer.from({ type: 'Buffer', data: [104, 105] }).toString(), Buffer.from({ type: 'Other', data: [1] }));
const original = Buffer.from('copy me');
const copy = Buffer.from(original);
copy[0] = 0x43;
console.log(original.toString(), copy.toString());
const arrayBuffer = new ArrayBuffer(8);
const view = new Uint8Array(arrayBuffer);
const whole = Buffer.from(arrayBuffer);
const part = Buffer.from(arrayBuffer, 2, 3);
const tail = Buffer.from(arrayBuffer, 5);
view[2] = 0x41;
view[6] = 0x42;
console.log(whole, part, tail, whole.buffer === arrayBuffer, part.byteOffset, part.length, tail.length);
for (const args of [[8], [0, 8], [2, 0], ['1', '2'], [NaN, NaN], [-0, 1], [1, -3], [undefined, 4]]) {
  const made = Buffer.from(arrayBuffer, ...args);
  console.log(JSON.stringify(args), made.byteOffset, made.length);
}
for (const args of [[9], [0, 9], [4, 5], [-1]]) {
  try {
    Buffer.from(arrayBuffer, ...args);
  } catch (error) {
    console.log(JSON.stringify(args), error.name, error.code, error.message);
  }
}
const shared = new SharedArrayBuffer(4);
const sharedBuffer = Buffer.from(shared);
new Uint8Array(shared)[1] = 9;
console.log(sharedBuffer, sharedBuffer.buffer === shared);
console.log(Buffer.of(), Buffer.of(1, 2, 3), Buffer.of(256, -1, 'a'));
for (const value of [5, true, Symbol.iterator, undefined, null, {}, () => {}]) {
  try {
    Buffer.from(value);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
