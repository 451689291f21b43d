// The pathname setter on special, non-special, file and opaque URLs.
const values = ['/a/b', 'a/b', '\\a\\b', '/a/./b/../c', '/%2e%2E/x', '/a?b#c', '', '/', '//x', '/a b/é', '/C:/x', 'C|'];
for (const base of ['http://h/p', 'foo://h/p', 'foo:/p', 'file:///p', 'mailto:x']) {
  for (const value of values) {
    const u = new URL(base);
    u.pathname = value;
    console.log(base, JSON.stringify(value), '->', u.href, u.pathname);
  }
}
