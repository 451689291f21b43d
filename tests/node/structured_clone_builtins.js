// structuredClone of Date, RegExp, Map, Set, ArrayBuffer, typed arrays and DataView.
const date = new Date(Date.UTC(2020, 1, 29, 12, 30));
const clonedDate = structuredClone(date);
console.log(clonedDate.toISOString(), clonedDate !== date, clonedDate instanceof Date, structuredClone(new Date(NaN)).getTime());
const regexp = /ab+c/gimsuy;
regexp.lastIndex = 3;
const clonedRegExp = structuredClone(regexp);
console.log(clonedRegExp, clonedRegExp.lastIndex, clonedRegExp.flags, clonedRegExp !== regexp, structuredClone(/[\u{1F600}]/v).flags);
const map = new Map([[1, 'one'], ['two', { n: 2 }], [{ k: 1 }, [1]]]);
const clonedMap = structuredClone(map);
console.log(clonedMap, clonedMap.size, clonedMap.get('two') !== map.get('two'));
const set = new Set([1, 'a', { o: 1 }, [2]]);
console.log(structuredClone(set), structuredClone(new Set()).size);
const buffer = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;
const clonedBuffer = structuredClone(buffer);
console.log(clonedBuffer, clonedBuffer !== buffer, clonedBuffer.byteLength);
const resizable = new ArrayBuffer(4, { maxByteLength: 12 });
const clonedResizable = structuredClone(resizable);
console.log(clonedResizable.resizable, clonedResizable.maxByteLength, clonedResizable.byteLength);
for (const Type of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, BigInt64Array, BigUint64Array]) {
  const view = new Type(buffer, Type.BYTES_PER_ELEMENT, 8 / Type.BYTES_PER_ELEMENT - 1);
  const cloned = structuredClone(view);
  console.log(Type.name, cloned.constructor.name, cloned.byteOffset, cloned.length, cloned.buffer.byteLength, String(cloned));
}
const dataView = new DataView(buffer, 2, 4);
const clonedDataView = structuredClone(dataView);
console.log(clonedDataView.byteOffset, clonedDataView.byteLength, clonedDataView.getUint16(0), clonedDataView.buffer !== buffer);
const node = Buffer.from('node buffer');
const clonedNode = structuredClone(node);
console.log(clonedNode.constructor.name, Buffer.isBuffer(clonedNode), clonedNode.length);
const shared = new SharedArrayBuffer(4);
new Uint8Array(structuredClone(shared))[0] = 7;
console.log(new Uint8Array(shared)[0], structuredClone(shared).constructor.name);
