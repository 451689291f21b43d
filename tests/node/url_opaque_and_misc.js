// Non-special and opaque-path URLs, origins, canParse/parse, toJSON and url.format(URL).
const url = require('url');
const inputs = [
  'mailto:Foo@Bar.com', 'javascript:alert(1)', 'data:text/plain,a b', 'sc://ñ.com/x', 'sc://a b', 'sc://%/',
  'non-spec:/.//p', 'non-spec:/..//p', 'sc:/a/../', 'sc://h', 'sc://h?q', 'urn:isbn:0451', 'a+b.c-d:x',
  'blob:https://a.com:1/x', 'blob:foo:x', 'blob:d3958f5c', 'ws://a/', 'sc://@h/', 'sc://u:p@h:99/x',
];
for (const input of inputs) {
  try {
    const u = new URL(input);
    console.log(JSON.stringify(input), u.href, u.origin, JSON.stringify(u.host), u.pathname);
  } catch (e) {
    console.log(JSON.stringify(input), e.code);
  }
}
console.log(URL.canParse('x:'), URL.canParse('nope'), URL.canParse('p', 'http://a'), URL.canParse('p', 'bad'));
console.log(URL.parse('nope'), URL.parse('/p', 'http://h/').href);
try { URL.canParse(); } catch (e) { console.log(e.code, e.message); }
try { new URL(); } catch (e) { console.log(e.code, e.message); }
const u = new URL('https://usér:pä@xn--mnchen-3ya.de:81/a?b#c');
console.log(u.toJSON(), JSON.stringify([u]));
for (const options of [undefined, {}, { auth: false }, { fragment: false, search: false }, { unicode: true }]) {
  console.log(JSON.stringify(options), url.format(u, options));
}
console.log(url.format(new URL('mailto:x?y')), url.format(new URL('file:///x')));
try { url.format(u, 1); } catch (e) { console.log(e.code, e.message); }
console.log(url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8080/p?q#h')));
console.log(url.urlToHttpOptions(new URL('http://h/')));
try { URL.prototype.href; } catch (e) { console.log(e.code, e.message); }
