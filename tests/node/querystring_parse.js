// querystring.parse: pairs, repeated keys, missing values, '+' and percent decoding.
const querystring = require('querystring');
const inputs = ['a=1&b=2', 'a=1&a=2&a=3', 'a', 'a=', '=b', '=', '&&a=1&&', 'a==b', 'a=b=c', 'a+b=c+d', 'a%20b=c%2Bd',
  'emoji=%F0%9F%98%80', 'bad=%zz%41', 'partial=%E4%B8', 'latin=%E9', 'mixed=%41%zz+x', 'x[]=1&x[]=2', 'k=v#hash',
  'hasOwnProperty=1&toString=2', 'a=1;b=2', '', 'space = value ', '%=%', 'a=%2', 'caf%C3%A9=na%C3%AFve'];
for (const input of inputs) {
  const parsed = querystring.parse(input);
  console.log(JSON.stringify(input), JSON.stringify(parsed), Object.getPrototypeOf(parsed));
}
for (const value of [undefined, null, 5, {}, ['a=1']]) {
  console.log(JSON.stringify(querystring.parse(value)));
}
console.log(querystring.decode === querystring.parse);
const withArrays = querystring.parse('x=1&y=2&x=3&x=4&y=5');
console.log(withArrays.x, withArrays.y, Array.isArray(withArrays.x));
