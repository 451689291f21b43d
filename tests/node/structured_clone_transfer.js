// structuredClone's transfer option: ArrayBuffers move (the original is detached); bad lists throw.
const buffer = new Uint8Array([1, 2, 3, 4]).buffer;
const moved = structuredClone(buffer, { transfer: [buffer] });
console.log(buffer.byteLength, moved.byteLength, Array.from(new Uint8Array(moved)));
const source = new Uint8Array([9, 8, 7]);
const result = structuredClone({ view: source }, { transfer: [source.buffer] });
console.log(source.length, source.byteLength, Array.from(result.view), result.view.buffer.byteLength);
const kept = new ArrayBuffer(2);
structuredClone({ a: 1 }, { transfer: [kept] });
console.log(kept.byteLength);
console.log(structuredClone('value', {}), structuredClone('value', undefined), structuredClone(1, { transfer: [] }));
console.log(structuredClone(2, { transfer: new Set() }), structuredClone(3, { transfer: undefined }));
const duplicate = new ArrayBuffer(1);
const untouched = new ArrayBuffer(3);
const attempts = [
  () => structuredClone(1, 5), () => structuredClone(1, null), () => structuredClone(1, 'options'),
  () => structuredClone(1, { transfer: 5 }), () => structuredClone(1, { transfer: null }), () => structuredClone(1, { transfer: [5] }),
  () => structuredClone(1, { transfer: [{}] }), () => structuredClone(1, { transfer: [duplicate, duplicate] }),
  () => structuredClone(1, { transfer: [new Uint8Array(2)] }), () => structuredClone(() => 1, { transfer: [untouched] }),
  () => structuredClone(),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
console.log(duplicate.byteLength, untouched.byteLength);
