// Usernames and passwords: parsing, encoding, setters, and URLs that cannot have them.
const inputs = ['http://user@h/', 'http://user:@h/', 'http://:pass@h/', 'http://u:p@h/', 'http://u%40x:p%3Ay@h/',
  'http://u p:a b@h/', 'http://ü:é@h/', 'http://a@b@c/', 'http://a:b:c@h/', 'foo://u:p@h/', 'http://@h/', 'http://:@h/'];
for (const input of inputs) {
  const u = new URL(input);
  console.log(input, '->', u.href, JSON.stringify(u.username), JSON.stringify(u.password));
}
for (const base of ['http://h/', 'file:///x', 'mailto:x', 'foo:/p', 'foo://h/']) {
  const u = new URL(base);
  u.username = 'us er';
  u.password = 'pa:ss';
  console.log(base, '->', u.href);
  u.username = '';
  console.log('  cleared user ->', u.href);
  u.password = '';
  console.log('  cleared password ->', u.href);
}
