// url.format(URL, options): auth, fragment, search and unicode switched on and off.
const url = require('url');
const targets = ['https://user:pass@xn--mnchen-3ya.de:8443/path?q=1#frag', 'http://a/', 'foo://h/p?x#y', 'file:///tmp/x?y#z',
  'mailto:someone@example.com?subject=hi', 'http://[::1]:80/', 'http://user@h/', 'http://:pw@h/'];
const optionSets = [undefined, {}, { auth: false }, { fragment: false }, { search: false }, { unicode: true },
  { auth: false, fragment: false, search: false, unicode: true }, { auth: 0, fragment: '', search: null }];
for (const target of targets) {
  const u = new URL(target);
  for (const options of optionSets) console.log(target, JSON.stringify(options), url.format(u, options));
}
for (const bad of [1, 'x', true]) {
  try { url.format(new URL('http://a/'), bad); } catch (e) { console.log(e.code, e.message); }
}
