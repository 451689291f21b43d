// querystring.escape, unescape and unescapeBuffer.
const querystring = require('querystring');
for (const text of ['', 'abc', 'a b', "A-Z_a-z.0~9!'()*", '&=+/?#[]@$,;:', 'é', '€', '😀', '\u0000\u007f', 'ü\u0100']) {
  console.log(JSON.stringify(text), querystring.escape(text));
}
console.log(querystring.escape(5), querystring.escape(true), querystring.escape(null), querystring.escape(undefined));
console.log(querystring.escape({ toString() { return 'o b j'; } }), querystring.escape([1, 2]));
for (const text of ['\ud800', 'a\udc00', '\ud83d']) {
  try {
    querystring.escape(text);
  } catch (error) {
    console.log(JSON.stringify(text), error.name, error.code, error.message);
  }
}
for (const text of ['a%20b', 'a+b', '%41%42', '%zz', '%E9', '%C3%A9', '100%', '%', '%4', 'ü%41', '%F0%9F%98%80']) {
  console.log(JSON.stringify(text), JSON.stringify(querystring.unescape(text)), JSON.stringify(querystring.unescape(text, true)));
}
for (const text of ['a%20b', 'a+b', '%zz%41', 'é', '%', '%F', '%ff%FF']) {
  console.log(JSON.stringify(text), querystring.unescapeBuffer(text), querystring.unescapeBuffer(text, true).toString('hex'));
}
