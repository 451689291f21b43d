// Arrays: holes, extra properties, long arrays grouped in columns, more than 100 items.
console.log([]);
console.log([1, , 3, , , 6]);
const a = [1, 2];
a.extra = 'x';
console.log(a);
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log(Array.from({ length: 120 }, (_, i) => i * 3));
console.log(Array.from({ length: 10 }, (_, i) => 'item' + i));
console.log(new Array(5));
console.log([[]], [{}], [[[]]]);
