// url.resolve and url.resolveObject (the legacy API's RFC 1808 resolution).
const url = require('url');

const bases = ['http://a/b/c/d;p?q', 'http://example.com/one/two/three', 'http://user:pw@host.com:8080/p/a/t/h?query=string#hash',
  '/one/two/three', 'one/two', 'mailto:a@b.com', 'file:///tmp/dir/file', 'http://example.com', 'javascript:alert(1)', ''];
const references = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../',
  '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
  'g/../h', 'http:g', 'http://other.com/x', 'https://secure/x', 'mailto:x@y', 'file:///etc/x', 'HTTP://UP.COM/Path',
  'javascript:void 0', '//user@other/', 'http:/x', 'ftp://f.com', '?', '#', 'g/h/../../..', 'a b', 'http://[::1]:80/x'];
for (const base of bases) {
  console.log(`== ${base}`);
  console.log(references.map((ref) => `${JSON.stringify(ref)} -> ${url.resolve(base, ref)}`).join('\n'));
}

const object = url.resolveObject('http://user:pw@host.com:8080/p/a/t/h?query=string#hash', '../x?y=1#z');
console.log(object);
console.log(url.resolveObject('mailto:local@domain', 'other@x'));
console.log(url.resolveObject('', 'http://x/y'), url.resolveObject(null, 'rel'));
const parsed = url.parse('http://a.com/b/c');
console.log(parsed.resolve('../d'), parsed.resolveObject('e?f').href, parsed.resolveObject(url.parse('//h/i')).href);
for (const bad of [[1, 'x'], [undefined, 'x']]) {
  try { url.resolve(...bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { url.resolve('http://a/', 5); } catch (e) { console.log(e.name, e.code, e.message); }
