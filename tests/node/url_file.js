// file: URLs (hosts, drive letters, dot segments) and fileURLToPath/pathToFileURL.
const url = require('url');
const inputs = [
  'file:///etc/passwd', 'file://localhost/etc', 'file://LOCALHOST/x', 'file://host/share', 'file:/x', 'file:x',
  'file:///C:/x/../..', 'file:///C|/x', 'file:C:/x', 'file://C:/x', 'file:///c:/../x', 'file:///a/./b/../c',
  'file:\\\\h\\p', 'file://h/c:/x', 'file:?q', 'file:#f', 'file:///%41', 'FILE:///X', 'file://[::1]/x', 'file://1.2.3/x',
];
for (const input of inputs) {
  const u = new URL(input);
  console.log(JSON.stringify(input), u.href, JSON.stringify(u.host), u.pathname, u.origin);
}
for (const input of ['file:///a/b%20c', 'file:///a%2Fb', 'file://localhost/x', 'file://host/x', 'http://a/', 'file:///%E2%82%AC']) {
  try {
    console.log(input, url.fileURLToPath(input), url.fileURLToPath(new URL(input)));
  } catch (e) {
    console.log(input, e.code, e.message);
  }
}
try { url.fileURLToPath(5); } catch (e) { console.log(e.code, e.message); }
for (const p of ['/tmp/a b', '/tmp/a#b?c%d', '/tmp/dir/', '/x\\y', '/é/€', '/a\nb\tc', '/']) console.log(JSON.stringify(p), url.pathToFileURL(p).href);
console.log(url.pathToFileURL('rel').href === 'file://' + process.cwd() + '/rel');
try { url.pathToFileURL(1); } catch (e) { console.log(e.code, e.message); }
