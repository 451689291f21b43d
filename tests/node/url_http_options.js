// url.urlToHttpOptions: the request options derived from URLs.
const { urlToHttpOptions } = require('url');
const urls = ['http://a.com/', 'https://u:p@a.com:8443/p/q?x=1#h', 'http://u%20x:p%40y@h/', 'http://[::1]:3000/',
  'http://h/?', 'http://h/#', 'foo://h/x', 'http://user@h/', 'http://h:80/'];
for (const u of urls) {
  const options = urlToHttpOptions(new URL(u));
  console.log(u, Object.getPrototypeOf(options), JSON.stringify(options));
}
console.log(JSON.stringify(urlToHttpOptions({ protocol: 'x:', hostname: 'h', pathname: '/p', search: '?s', hash: '', href: 'x', port: '5' })));
