// structuredClone of plain objects and arrays: own enumerable properties, holes, getters, prototypes.
const source = { a: 1, nested: { b: [1, 2, { c: 'deep' }] }, list: [1, , 3], empty: {}, 'key with space': true };
const copy = structuredClone(source);
console.log(copy, copy !== source, copy.nested !== source.nested, copy.nested.b[2] !== source.nested.b[2]);
console.log(1 in copy.list, copy.list.length, Object.keys(copy.list));
const sparse = [];
sparse[5] = 'five';
sparse.named = 'prop';
console.log(structuredClone(sparse), structuredClone(sparse).length);
const withGetter = { get computed() { return 'from getter'; }, plain: 1 };
const clonedGetter = structuredClone(withGetter);
console.log(clonedGetter, Object.getOwnPropertyDescriptor(clonedGetter, 'computed'));
const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
console.log(structuredClone(hidden));
const symbolKey = { [Symbol('s')]: 1, normal: 2 };
console.log(structuredClone(symbolKey));
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
}
const point = structuredClone(new Point(3, 4));
console.log(point, point instanceof Point, Object.getPrototypeOf(point) === Object.prototype, point.length);
const nullProto = Object.assign(Object.create(null), { z: 1 });
console.log(structuredClone(nullProto), Object.getPrototypeOf(structuredClone(nullProto)) === Object.prototype);
const order = { b: 1, a: 2, 1: 'one', 0: 'zero' };
console.log(Object.keys(structuredClone(order)));
console.log(structuredClone([[1, [2, [3, [4]]]]]), structuredClone([]), structuredClone({}));
(function () {
  try {
    structuredClone(arguments);
  } catch (error) {
    console.log('arguments:', error.name, error.message);
  }
})(1, 'two');
