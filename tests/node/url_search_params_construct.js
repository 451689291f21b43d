// URLSearchParams constructor inputs: strings, records, iterables, other params, odd values.
const inits = [
  '', '?', '?a', 'a&b', '&=&', [['a', '1'], ['b', '2']], [], new Map([['m', 'n']]), { x: '1', y: 2, z: undefined },
  Object.create({ inherited: 1 }, { own: { value: 'o', enumerable: true }, hidden: { value: 'h' } }),
  { [Symbol('s')]: 'sym', k: 'v' }, new URLSearchParams('copy=1'), 0, true, ['ab', 'cd'],
  [new Set(['s', 't'])], (function* gen() { yield ['g', '1']; })(),
];
for (const init of inits) {
  try {
    const p = new URLSearchParams(init);
    console.log(JSON.stringify([...p]));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const bad of [[['a']], [['a', 'b', 'c']], ['abc'], [1], [null], { [Symbol.iterator]: 1 }]) {
  try {
    new URLSearchParams(bad);
    console.log('accepted');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const copy = new URLSearchParams('a=1');
const clone = new URLSearchParams(copy);
clone.append('b', '2');
console.log(copy.toString(), clone.toString());
