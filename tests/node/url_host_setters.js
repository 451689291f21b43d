// The host, hostname and port setters: ports in host, invalid hosts, file URLs, opaque paths.
const values = ['example.org', 'Example.ORG:8080', 'x:0', 'x:65535', 'x:65536', 'x:', 'a/b', 'a?b', 'a#b',
  'a\\b', '', 'ü.de', 'xn--a.de', '1.2.3', '0x10', 'a b', 'a%20b'];
for (const base of ['http://h:1/p', 'foo://h:1/p', 'file://h/p', 'mailto:x']) {
  for (const value of values) {
    const a = new URL(base);
    a.host = value;
    const b = new URL(base);
    b.hostname = value;
    console.log(base, JSON.stringify(value), '->', a.href, '|', b.href);
  }
}
const u = new URL('http://h/');
for (const port of ['8080', '080', '80', ' 81', '82 ', '83x', '0', 65535, 65536, -1, '', '1.5', '\t84']) {
  u.port = port;
  console.log('port =', JSON.stringify(port), u.href, JSON.stringify(u.port));
}
