// URL origins: tuple origins of special schemes, opaque "null" ones, blob: URLs.
const inputs = ['http://a', 'http://a:80', 'http://a:81', 'https://A.com:443/x', 'https://a:444', 'ws://a', 'wss://a:444',
  'ftp://a:21', 'ftp://u:p@a:22/x', 'file:///x', 'file://host/x', 'foo://a', 'mailto:x', 'data:,x', 'javascript:1',
  'blob:https://a.com/uuid', 'blob:http://a:81/x', 'blob:ftp://a/x', 'blob:file:///x', 'blob:null/x', 'blob:foo',
  'http://[::1]:8080', 'http://1.2.3.4', 'http://xn--mnchen-3ya.de', 'http://münchen.de'];
for (const input of inputs) console.log(input, new URL(input).origin);
