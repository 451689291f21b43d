// url.format of legacy url objects and strings: protocols, slashes, hosts, queries, hashes.
const url = require('url');
const objects = [
  { protocol: 'http', hostname: 'a.com', pathname: 'x', query: { a: 1, b: [2, 3] } },
  { protocol: 'file', pathname: '/x' }, { protocol: 'file:', host: 'h', pathname: 'p' }, { host: 'h:1', hash: 'x', search: 's' },
  { hostname: '::1', port: 8, protocol: 'http:', slashes: true }, { protocol: 'mailto', auth: 'me', host: 'x.com' },
  { protocol: 'https:', auth: 'a:b c@', hostname: 'h', pathname: '/p#q?r' }, { search: '?a#b', hash: '#c' },
  { protocol: 'foo', slashes: true, hostname: 'h' }, { protocol: 'foo', pathname: 'bar' }, { pathname: 'rel', slashes: true },
  { protocol: 'http:', host: 'h', search: '', query: { ignored: 1 } }, { query: 'q=1' }, { query: { x: '' } }, {},
];
for (const object of objects) console.log(JSON.stringify(object), url.format(object));
for (const text of ['http://A.com/x?y#z', 'HTTP://u:p@h:80/p?q#f', 'h/p', '//h/p', 'mailto:a@b', 'javascript:x()', '']) {
  console.log(JSON.stringify(text), url.format(text), url.parse(text).format());
}
const parsed = url.parse('http://h/p?a=1', true);
parsed.search = null;
parsed.query.b = '2';
console.log(url.format(parsed), parsed instanceof url.Url, typeof url.Url);
for (const bad of [1, null, undefined, true]) {
  try { url.format(bad); } catch (e) { console.log(e.code, e.message); }
}
