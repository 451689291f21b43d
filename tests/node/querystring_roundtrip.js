// querystring: stringify then parse gives back the data, across many characters and shapes.
const querystring = require('querystring');
const samples = [];
for (let code = 0; code < 0x300; code += 7) samples.push(String.fromCharCode(code));
samples.push('😀', '€', '\u2028', 'a=b&c', '%41', '+plus+', ' spaced out ');
const object = {};
samples.forEach((text, i) => {
  object[`k${i}${text}`] = i % 3 === 0 ? [text, text + text] : text;
});
const encoded = querystring.stringify(object);
const decoded = querystring.parse(encoded);
console.log(encoded.length, Object.keys(decoded).length, Object.keys(object).length);
let mismatches = 0;
for (const [keyName, value] of Object.entries(object)) {
  if (JSON.stringify(decoded[keyName]) !== JSON.stringify(value)) mismatches++;
}
console.log('mismatches', mismatches);
console.log(encoded.slice(0, 200));
const custom = querystring.stringify({ a: [1, 2], b: 'x y' }, ';', ':');
console.log(custom, JSON.stringify(querystring.parse(custom, ';', ':')));
console.log(JSON.stringify(querystring.parse(querystring.stringify({ '': '', ' ': ' ' }))));
