// An own property named __proto__ (JSON.parse and computed keys make one) is shown quoted.
console.log(JSON.parse('{"a":1,"__proto__":{"x":1}}'));
console.log({ ['__proto__']: 2, b: 3 });
console.log({ __proto__: { inherited: true }, own: 1 });
