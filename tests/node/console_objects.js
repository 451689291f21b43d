// Plain objects: quoting of keys, symbols, nesting depth, empty objects.
console.log({});
console.log({ a: 1, b: { c: { d: { e: 1 } } } });
console.log({ 'needs-quotes': 1, valid_id: 2, 3: 'three', [Symbol('k')]: 'sym' });
console.log({ nested: [[1, [2, [3, [4]]]]] });
console.log(Object.create(null));
const o = Object.create(null);
o.x = 1;
console.log(o);
console.log({ f() {}, g: () => 1, h: function named() {} });
