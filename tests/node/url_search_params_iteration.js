// URLSearchParams iteration: for-of, entries/keys/values, forEach, spreads and live changes.
const params = new URLSearchParams('b=2&a=1&c=3&a=4');
for (const [name, value] of params) console.log('for-of', name, value);
console.log([...params.keys()], [...params.values()], [...params.entries()]);
console.log(Array.from(params), Object.fromEntries(params));
const seen = [];
params.forEach((value, name) => {
  seen.push(`${name}=${value}`);
  if (name === 'b') params.append('d', '5');
});
console.log(seen);
const it = params.entries();
console.log(it.next(), it.next());
params.delete('a');
console.log(it.next(), it.next(), it.next());
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
const proto = Object.getPrototypeOf(it);
console.log(Object.getOwnPropertyNames(proto), Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(params[Symbol.iterator] === params.entries, new Map(new URLSearchParams('x=1&y=2')).get('y'));
const empty = new URLSearchParams();
console.log([...empty], empty.size, empty.keys().next());
