// Scheme handling: default ports per special scheme, scheme case, protocol changes between
// special and non-special schemes, and ws/wss/ftp origins.
for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'foo']) {
  for (const port of ['', ':21', ':80', ':443', ':8080']) {
    try {
      const u = new URL(`${scheme}://host${port}/p`);
      console.log(scheme, port, u.href, u.port, u.origin);
    } catch (e) {
      console.log(scheme, port, e.code);
    }
  }
}
const changes = [['http://a/', 'https'], ['http://a:443/', 'https'], ['https://a/', 'foo'], ['foo://a/', 'http'],
  ['http://a/', 'file'], ['file:///x', 'http'], ['http://u@a/', 'file'], ['foo:x', 'bar'], ['HTTP://a', 'WS'],
  ['http://a/', 'h t'], ['ws://a:80/', 'wss'], ['wss://a/', 'ws']];
for (const [input, protocol] of changes) {
  const u = new URL(input);
  u.protocol = protocol;
  console.log(input, protocol, u.href);
}
console.log(new URL('HtTp://ExAmPlE.cOm').href, new URL('A+B-C.D:x').protocol);
