// IPv6 serialization: zero-run compression (first longest run, never a single zero), hex case,
// embedded IPv4, and setting IPv6 hosts through host/hostname.
const addresses = ['[0:0:0:0:0:0:0:1]', '[1:0:0:0:0:0:0:0]', '[1:0:1:0:1:0:1:0]', '[1:0:0:1:0:0:0:1]', '[1:0:0:0:1:0:0:1]',
  '[0:0:1:0:0:0:0:0]', '[FFFF:ABCD::]', '[::FFFF:1.2.3.4]', '[::1.2.3.4]', '[1:2:3:4:5:6:7::]', '[::2:3:4:5:6:7:8]',
  '[0001:0002::]', '[1::0:0]', '[::0.0.0.0]', '[::127.0.0.1]', '[1:2:3:4:5::1.2.3.4]'];
for (const address of addresses) {
  try {
    console.log(address, new URL(`http://${address}:8080/`).host);
  } catch (e) {
    console.log(address, e.code);
  }
}
const u = new URL('http://example.com/');
for (const host of ['[::1]', '[::1]:99', '[1:2::3]', '[bad', '[::1]x']) {
  u.host = host;
  console.log('host =', host, u.href);
}
for (const hostname of ['[2001:db8::1]', '[::]']) {
  u.hostname = hostname;
  console.log('hostname =', hostname, u.href, u.hostname);
}
console.log(require('url').urlToHttpOptions(new URL('http://[::1]:3000/x')).hostname);
