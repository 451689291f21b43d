// tls.checkServerIdentity: host names against a certificate's DNS and IP subject alternative
// names or its common name, wildcards in the leftmost label, trailing dots, and the error it
// returns (ERR_TLS_CERT_ALTNAME_INVALID with reason, host and cert).
const tls = require('tls');

const cases = [
  ['a.com', { subject: { CN: 'a.com' } }],
  ['A.COM', { subject: { CN: 'a.com' } }],
  ['a.com', { subject: { CN: 'b.com' } }],
  ['a.com', { subject: { CN: ['x.com', 'a.com'] } }],
  ['b.a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['x.y.a.com', { subjectaltname: 'DNS:*.a.com, DNS:c.com' }],
  ['c.com', { subjectaltname: 'DNS:*.a.com, DNS:c.com', subject: { CN: 'ignored.com' } }],
  ['foo.com', { subjectaltname: 'DNS:*.com' }],
  ['bar.foo.com', { subjectaltname: 'DNS:b*r.foo.com' }],
  ['baz.foo.com', { subjectaltname: 'DNS:b*r.foo.com' }],
  ['xn--abc.foo.com', { subjectaltname: 'DNS:xn--*.foo.com' }],
  ['a.com.', { subjectaltname: 'DNS:a.com' }],
  ['a.com', { subjectaltname: 'DNS:a.com.' }],
  ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }],
  ['127.0.0.2', { subjectaltname: 'IP Address:127.0.0.1, IP Address:::1' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['127.0.0.1', { subject: { CN: '127.0.0.1' } }],
  ['a.com', {}],
  ['a.com', { subjectaltname: 'URI:http://a.com/' }],
  ['a.com', { subjectaltname: 'URI:http://a.com/', subject: { CN: 'a.com' } }],
];

for (const [host, cert] of cases) {
  const error = tls.checkServerIdentity(host, cert);
  if (error === undefined) {
    console.log(host, JSON.stringify(cert), '-> ok');
  } else {
    console.log(host, JSON.stringify(cert), '->', error.name, error.code);
    console.log('   ', error.message);
    console.log('    reason:', error.reason, '| host:', error.host, '| cert kept:', error.cert === cert);
  }
}
