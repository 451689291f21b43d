// Writing UTF-8 into too little room writes whole characters only.
const texts = ['a€b', '😀😀', 'éé', 'x\u0800y', '\ud800z', 'ascii only'];
for (const text of texts) {
  const results = [];
  for (let size = 0; size <= Buffer.byteLength(text) + 1; size++) {
    const buffer = Buffer.alloc(size, 0x2e);
    const written = buffer.write(text);
    results.push(`${size}:${written}:${buffer.toString('hex')}`);
  }
  console.log(JSON.stringify(text), results.join(' '));
}
const target = Buffer.alloc(6, 0x2e);
console.log(target.write('€€', 1, 4), target.toString('hex'));
console.log(target.write('😀', 3), target.toString('hex'));
console.log(target.write('é', 5), target.toString('hex'));
const encoder = new TextEncoder();
for (const size of [0, 1, 2, 3, 4]) {
  const view = new Uint8Array(size);
  console.log(size, JSON.stringify(encoder.encodeInto('é😀', view)));
}
