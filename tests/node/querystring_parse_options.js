// querystring.parse with custom separators, maxKeys and a custom decodeURIComponent.
const querystring = require('querystring');
const cases = [
  ['a:1;b:2', ';', ':'], ['a=1&b=2', ';'], ['a->1||b->2', '||', '->'], ['xa=1xxb=2', 'xx'], ['a=b', 'ab'], ['a=1', 5, 6],
  ['a=1&b=2', '', ''], ['a=1&b=2', null, null], ['a=1&b=2', undefined, undefined], ['a 1,b 2', ',', ' '], ['k==v', '&', '=='],
];
for (const [input, sep, eq] of cases) {
  console.log(JSON.stringify([input, sep, eq]), JSON.stringify(querystring.parse(input, sep, eq)));
}
const many = Array.from({ length: 1005 }, (_, i) => `k${i}=${i}`).join('&');
console.log(Object.keys(querystring.parse(many)).length);
for (const maxKeys of [0, 1, 2, 3, -1, 1.5, '2', Infinity, NaN]) {
  const parsed = querystring.parse('&&a=1&b=2&c=3', null, null, { maxKeys });
  console.log(JSON.stringify(maxKeys), JSON.stringify(parsed));
}
console.log(Object.keys(querystring.parse(many, null, null, { maxKeys: 0 })).length);
const upper = (text) => text.toUpperCase();
console.log(JSON.stringify(querystring.parse('a=b&c%20d=e+f', null, null, { decodeURIComponent: upper })));
const marked = (text) => `<${text}>`;
console.log(JSON.stringify(querystring.parse('a+b=%2B&plain=text', null, null, { decodeURIComponent: marked })));
console.log(JSON.stringify(querystring.parse('a=%41', null, null, { decodeURIComponent: 'not a function' })));
console.log(JSON.stringify(querystring.parse('a=%E9', null, null, { decodeURIComponent: unescape })));
const failing = () => { throw new Error('decoder failed'); };
console.log(JSON.stringify(querystring.parse('a=1&b=%41+%zz', null, null, { decodeURIComponent: failing })));
