// querystring.stringify: value kinds, arrays, separators and a custom encodeURIComponent.
const querystring = require('querystring');
const objects = [
  { a: 1, b: 'two' }, { list: [1, 'x', true] }, { empty: [] }, { s: 'a b&c=d/é€😀' }, { n: 1.5, neg: -0, big: 12n },
  { inf: Infinity, nan: NaN, t: true, f: false }, { nul: null, undef: undefined, obj: { a: 1 }, fn() {} },
  { 'k e y': 'v a l', 'ü': 'ü' }, { nested: [[1, 2], { a: 1 }] }, {}, { "'()*!~-._": "'()*!~-._" },
];
for (const object of objects) console.log(querystring.stringify(object));
for (const value of [null, undefined, 'string', 42, true, [1, 2], ['a', 'b']]) {
  console.log(JSON.stringify(value), JSON.stringify(querystring.stringify(value)));
}
console.log(querystring.stringify({ a: 1, b: 2 }, ';', ':'), querystring.stringify({ a: [1, 2] }, '|', '->'));
console.log(querystring.stringify({ a: 1 }, '', ''), querystring.stringify({ a: 1 }, null, null));
const inherited = Object.create({ hidden: 1 });
inherited.own = 2;
console.log(querystring.stringify(inherited));
console.log(querystring.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (text) => text.toUpperCase() }));
console.log(querystring.stringify({ a: 'é' }, null, null, { encodeURIComponent: encodeURIComponent }));
console.log(querystring.encode === querystring.stringify);
try {
  querystring.stringify({ bad: '\ud800' });
} catch (error) {
  console.log(error.name, error.code, error.message);
}
const roundTrip = { name: 'Zoë & co', tags: ['a', 'b c'], n: '3' };
console.log(JSON.stringify(querystring.parse(querystring.stringify(roundTrip))));
