// Objects longer than the 80-column line break into one entry per line.
const long = {};
for (let i = 0; i < 12; i++) long['property' + i] = 'value number ' + i;
console.log(long);
console.log({ a: 'x'.repeat(60), b: 'y'.repeat(10) });
console.log({ outer: { inner: { deep: { deeper: 1 } } }, list: [1, 2, 3] });
console.log([{ name: 'alpha', value: 1 }, { name: 'beta', value: 2 }, { name: 'gamma', value: 3 }]);
console.log({ text: 'a long string that goes on and on and on and on and on and on and on and on' });
