// node:punycode: encode/decode (RFC 3492 sample strings and edge cases), toASCII/toUnicode on
// domains and email addresses, ucs2 and errors.
const punycode = require('punycode');

console.log(Object.keys(punycode), punycode.version, Object.keys(punycode.ucs2));
console.log(require('node:punycode') === punycode);

const samples = ['mañana', 'bücher', 'ü', '他们为什么不说中文', 'Pročprostěnemluvíčesky', 'ليهمابتكلموشعربي?',
  'abc', '', '-> $1.00 <-', 'MajiでKoiする5秒前', '😀 emoji 😃', 'ÜBER', 'a-b-ç'];
for (const text of samples) {
  const encoded = punycode.encode(text);
  console.log(JSON.stringify(text), JSON.stringify(encoded), punycode.decode(encoded) === text);
}
for (const encoded of ['mnana-3ra', 'bcher-kva', 'tda', '-> $1.00 <--', 'ihqwcrb4cv8a8dqg056pqjye', 'a-', 'ABC-',
  'Bcher-KVA', 'b!cher']) {
  try {
    console.log('decode', JSON.stringify(encoded), JSON.stringify(punycode.decode(encoded)));
  } catch (error) {
    console.log('decode', JSON.stringify(encoded), error.name, error.message);
  }
}
for (const bad of ['ü-abc', 'abc-9999999999', 'xyz-ẞ', 'zzzzzzzzzz', 'a-b']) {
  try {
    console.log('decode', bad, JSON.stringify(punycode.decode(bad)));
  } catch (error) {
    console.log('decode', bad, error.name, error.message);
  }
}
for (const domain of ['mañana.com', 'bücher.example.org', 'example.com', 'ÜBER.de', 'user@bücher.de', 'a。b．c｡ü',
  '日本語。ｊｐ', 'xn--already.com', 'del\x7f.com']) {
  const ascii = punycode.toASCII(domain);
  console.log('toASCII', JSON.stringify(domain), ascii, 'toUnicode', punycode.toUnicode(ascii));
}
for (const domain of ['xn--mnana-3ra.com', 'XN--bcher-kva.de', 'user@xn--bcher-kva.de', 'plain.org', 'xn--.com']) {
  try {
    console.log('toUnicode', domain, punycode.toUnicode(domain));
  } catch (error) {
    console.log('toUnicode', domain, error.message);
  }
}
console.log(punycode.ucs2.decode('a😀\uD800b\uDC00'), punycode.ucs2.encode([0x61, 0x1F600, 0xD800]).length);
try {
  punycode.encode(String.fromCodePoint(0x10FFFF).repeat(5000));
  console.log('long encode ok');
} catch (error) {
  console.log('long encode', error.message);
}
