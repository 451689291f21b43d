// URL setters: each component, including invalid values that leave the URL unchanged.
const sets = {
  href: ['https://b/', 'not a url', 'mailto:x'],
  protocol: ['https', 'ftp:', 'foo', 'file', '1x', 'HTTP:junk', ''],
  username: ['me', 'a b:@', ''],
  password: ['p@ss', 'x y', ''],
  host: ['b.org', 'b.org:81', 'b.org:80', '[::1]:5', 'a b', '', 'c:xx', 'd/e'],
  hostname: ['b.org', 'b.org:81', '[::2]', 'a%', '', 'ÉX.com'],
  port: ['81', '80', '', '65536', '12ab', 'ab', '-1', '8080/x'],
  pathname: ['/x/y', 'x', '/a b/%/?#', '../a', ''],
  search: ['a=1', '?b=2', '?', '', '#x y'],
  hash: ['f', '#g', '#', '', 'a b`'],
};
for (const [name, values] of Object.entries(sets)) {
  for (const base of ['http://u:p@a.com:8080/p?q#h', 'foo://h/p', 'mailto:x', 'file:///x']) {
    for (const value of values) {
      const u = new URL(base);
      let result;
      try {
        u[name] = value;
        result = u.href;
      } catch (e) {
        result = `${e.name} ${e.code}`;
      }
      console.log(name, JSON.stringify(value), base, '->', result);
    }
  }
}
