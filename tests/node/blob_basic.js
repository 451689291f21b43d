// Blob: parts of each kind, size, type normalization, slice, text/arrayBuffer/bytes, errors.
const { Blob: ExportedBlob } = require('buffer');
console.log(Blob === ExportedBlob, typeof Blob, Object.prototype.toString.call(new Blob()));
const blob = new Blob(['ab', new Uint8Array([0x63]), Buffer.from('dé'), new Uint16Array([0x6766]).buffer,
  new DataView(new Uint8Array([0x68]).buffer), new Blob(['ij'])], { type: 'Text/Plain;Charset=UTF-8' });
console.log(blob, blob.size, blob.type);
const slices = [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], [-100, 2], [1, 3, "X/Y"]];
for (const args of slices) {
  const part = blob.slice(...args);
  console.log(JSON.stringify(args), part.size, JSON.stringify(part.type), part instanceof Blob);
}
console.log(new Blob().size, new Blob([]).type, new Blob([1, null, undefined, { a: 1 }, true]).size);
console.log(new Blob([], { type: 'é/x' }).type === '', new Blob([], { type: 'A\u0001' }).type === '');
console.log(new Blob(['a\r\nb\rc\n'], { endings: 'native' }).size, new Blob(['a\r\nb'], { endings: 'transparent' }).size);
for (const args of [['abc'], [5], [null], [{}], [[], { endings: 'other' }]]) {
  try {
    new Blob(...args);
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
(async () => {
  console.log(JSON.stringify(await blob.text()));
  const buffer = await blob.arrayBuffer();
  console.log(buffer instanceof ArrayBuffer, buffer.byteLength, Buffer.from(buffer).toString('hex'));
  console.log(JSON.stringify(await blob.slice(2, 5).text()), await new Blob().text() === '');
  const bytes = await blob.slice(-2).bytes();
  console.log(bytes instanceof Uint8Array, Array.from(bytes));
  const source = new Uint8Array([1, 2]);
  const copied = new Blob([source]);
  source[0] = 9;
  console.log(Array.from(new Uint8Array(await copied.arrayBuffer())));
  console.log(JSON.stringify(await new Blob([new Uint8Array([0xff, 0x61])]).text()));
})();
