// Circular references: <ref *1> and [Circular *1].
const a = { name: 'a' };
a.self = a;
console.log(a);
const b = { list: [] };
b.list.push(b, { back: b });
console.log(b);
const m = new Map();
m.set('me', m);
console.log(m);
