// tls: the module's constants and helpers: defaults, rootCertificates (PEM strings), ALPN's
// wire format, createSecureContext's option checks, and TLSSocket/Server as classes.
const tls = require('tls');
const net = require('net');

console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT,
  tls.CLIENT_RENEG_WINDOW);
console.log(tls.DEFAULT_CIPHERS.split(':').length, tls.DEFAULT_CIPHERS.split(':')[0]);
const roots = tls.rootCertificates;
console.log('roots', Array.isArray(roots), Object.isFrozen(roots), roots.length > 50,
  roots.every((pem) => pem.startsWith('-----BEGIN CERTIFICATE-----\n') && pem.endsWith('\n-----END CERTIFICATE-----')),
  roots === tls.rootCertificates);

for (const protocols of [['http/1.1'], ['h2', 'http/1.1'], [], new Uint8Array([2, 104, 50]), [Buffer.from('x')],
  ['a'.repeat(300)]]) {
  const out = {};
  try {
    tls.convertALPNProtocols(protocols, out);
    console.log('alpn', JSON.stringify(protocols), '->', out.ALPNProtocols);
  } catch (error) {
    console.log('alpn', error.name, error.code, error.message);
  }
}

const context = tls.createSecureContext();
console.log('context', context instanceof tls.SecureContext, 'context' in context);
for (const options of [{ minVersion: 'TLSv9' }, { maxVersion: 'SSLv3' }, { ciphers: 5 }, { ca: 5 }, { cert: {} }]) {
  try {
    tls.createSecureContext(options);
    console.log('made', JSON.stringify(options));
  } catch (error) {
    console.log(JSON.stringify(options), error.name, error.code, error.message);
  }
}
console.log('TLSSocket is a net.Socket', tls.TLSSocket.prototype instanceof net.Socket);
console.log('Server is a net.Server', tls.Server.prototype instanceof net.Server);
const server = tls.createServer();
console.log('server', server instanceof tls.Server, typeof server.addContext, typeof server.setSecureContext);
console.log('checkServerIdentity', typeof tls.checkServerIdentity, tls.checkServerIdentity.length);
