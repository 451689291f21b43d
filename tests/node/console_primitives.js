// console.log of primitives at top level and nested.
console.log('text', 42, -0, 0, 1.5, NaN, Infinity, -Infinity, 10n, true, null, undefined);
console.log(Symbol('s'), Symbol(), Symbol.iterator);
console.log(['text', -0, 10n, Symbol('in array'), null, undefined]);
console.log({ s: "it's", d: 'say "hi"', b: 'both \' and "', n: 'line\nbreak\ttab', u: '\u0001' });
console.log([''], '');
