// console.table: rows of objects, arrays, primitives, Maps and Sets; property filters; widths.
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3]]);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
console.table([1, 's', null, undefined, 5n, Symbol('sym')]);
console.table([{ a: 1, b: 2 }, 7], ['b']);
console.table([{ a: 1, b: 2 }], []);
console.table(5);
console.table('str');
console.table(null);
console.table(new Map([['k', { v: 1 }], ['j', 2]]));
console.table(new Set([1, { a: 2 }]));
console.table([{ 'long key here': 'ünïcode 中文', n: null, u: undefined, o: { x: { y: 1 } }, arr: [1, 2, 3, 4], f() {} }]);
console.table([{ big: { a: 1, b: 2, c: 3 }, small: { a: 1, b: 2 } }]);
console.table([]);
console.table({});
console.table([{ emoji: '😀😀', e: 'e\u0301' }]);
console.table([{ a: 1 }, { b: { c: [1, 2] } }, 'p']);
console.group('grouped');
console.table([{ x: 1 }]);
console.groupEnd();
try { console.table([], 'a'); } catch (e) { console.log(e.code, e.message); }
