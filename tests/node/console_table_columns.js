// console.table column selection and ordering, sparse rows, nested values and wide text.
const rows = [{ name: 'apple', price: 1.5, tags: ['red', 'fruit'] }, { name: 'banana', qty: 12 }, { price: 3, name: 'cherry', extra: null }];
console.table(rows);
console.table(rows, ['name']);
console.table(rows, ['qty', 'name']);
console.table(rows, ['missing']);
console.table({ first: { a: 'x'.repeat(20) }, second: { b: 'y' } });
console.table([['a', 'b', 'c'], ['d'], []]);
console.table([{ s: 'quote\'s "both"' }, { s: 'new\nline' }, { s: '\t' }]);
console.table([{ n: -0 }, { n: 1e21 }, { n: 0.1 + 0.2 }, { n: Infinity }]);
console.table([{ arr: [1, 2, 3, 4, 5] }, { obj: { a: { b: { c: 1 } } } }, { fn: function named() {} }]);
console.table([{ 'Ｆｕｌｌ': '全角', 'ｋ': 1 }]);
console.table(new Map([[{ key: 1 }, [1, 2]], ['s', new Map([[1, 2]])]]));
console.table(Object.assign([1, 2], { extra: 'e' }));
