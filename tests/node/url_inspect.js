// util.inspect of URL, URLSearchParams and their iterators.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p/a?x=1&y=2#h');
console.log(u);
console.log([u]);
console.log({ nested: { deep: u } });
console.log(util.inspect(u, { depth: 0 }));
console.log(u.searchParams, new URLSearchParams());
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value number ${i}`);
console.log(long);
console.log(long.entries());
console.log(long.keys(), long.values());
const it = new URLSearchParams('a=1&b=2').entries();
it.next();
console.log(it);
console.log(util.inspect(new URLSearchParams('a=1'), { depth: -1 }));
console.log(String(u), JSON.stringify({ u }), Object.prototype.toString.call(u));
console.log(Object.keys(u), Object.getOwnPropertyNames(URL.prototype));
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype));
const i=new URLSearchParams('a=1').keys(); i.next(); console.log(i)
class MyURL extends URL {}
console.log(new MyURL('http://sub/'), [new MyURL('http://sub2/')]);
console.log(util.inspect([[[new URL('http://a')]]]), util.inspect({ a: { b: { c: new URLSearchParams('a=1') } } }));
