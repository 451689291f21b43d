// url.parse (legacy): hosts, auth, ports, queries with parseQueryString, slashesDenoteHost, escapes.
const url = require('url');
const inputs = ['http://user:pass@Host.com:8080/p/a/t/h?query=string#hash', '/just/a/path?x=1', '//foo/bar', 'foo', 'http://x.com',
  'HTTP://X.COM/Y', 'mailto:a@b.c', 'javascript:alert(1)', 'http://a b/c', 'http://[::1]:80/x', 'http://a.com/a b?c d#e f',
  'http:\\\\a\\b?c\\d', '  http://trim.com/  ', 'file:///etc/passwd', 'file://host/x', 'xmpp:isaac@example.com', 'http://a@b@c/',
  'http://münchen.de/', 'http://x.com:/', 'http://x.com:abc/', '?q=1', '#h', '', 'http://a.com?x', 'ws://a.com', 'a:b',
  'http://x_y.com', 'http://x.com/%zz', 'http://a.com/p?a=1&a=2&b', 'http://%61.com'];
for (const input of inputs) {
  for (const [pq, sd] of [[false, false], [true, false], [false, true]]) {
    try {
      const u = url.parse(input, pq, sd);
      console.log(JSON.stringify(input), pq, sd, JSON.stringify(u), Object.getPrototypeOf(u.query ?? {}) === null);
    } catch (e) { console.log(JSON.stringify(input), pq, sd, e.code); }
  }
}
console.log(url.format({ protocol: 'http', hostname: 'a.com', pathname: 'x', query: { a: 1, b: [2, 3] } }));
console.log(url.format({ protocol: 'file', pathname: '/x' }), url.format('http://A.com/x?y#z'), url.format({ host: 'h:1', hash: 'x', search: 's' }));
console.log(url.format({ hostname: '::1', port: 8, protocol: 'http:', slashes: true }), url.parse('http://a/') instanceof url.Url);
try { url.format(1); } catch (e) { console.log(e.code, e.message); }
try { url.parse(1); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(require('url').parse('/x', true)))
