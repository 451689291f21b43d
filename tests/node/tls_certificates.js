// tls: certificate checks. A self-signed server certificate is refused unless trusted with `ca`
// or accepted with rejectUnauthorized false; names are checked (servername, checkServerIdentity);
// getPeerCertificate describes the certificate; keys may be encrypted with a passphrase.
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures/tls', name));
const key = fixture('key.pem');
const cert = fixture('cert.pem');

function connect(server, options) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port: server.address().port, host: '127.0.0.1', ...options }, () => {
      console.log('  connected, authorized', socket.authorized, 'error', socket.authorizationError);
      resolve(socket);
    });
    socket.on('error', (error) => {
      console.log('  error', error.code, error.message);
      resolve(null);
    });
  });
}

const server = tls.createServer({ key: fixture('key-encrypted.pem'), passphrase: 'sable-pass', cert }, (socket) => socket.end());
server.listen(0, '127.0.0.1', async () => {
  console.log('default (system CAs only)');
  await connect(server, {});
  console.log('rejectUnauthorized false');
  const loose = await connect(server, { rejectUnauthorized: false });
  const peer = loose.getPeerCertificate();
  console.log('  subject', JSON.stringify(peer.subject), 'issuer CN', peer.issuer.CN, 'ca', peer.ca);
  console.log('  subjectaltname', peer.subjectaltname, 'bits', peer.bits, 'exponent', peer.exponent);
  console.log('  valid', peer.valid_from, '->', peer.valid_to);
  console.log('  fingerprint', peer.fingerprint, 'serial', peer.serialNumber);
  console.log('  sha256', peer.fingerprint256.length, 'raw', Buffer.isBuffer(peer.raw), peer.raw.length, 'modulus', peer.modulus.length);
  console.log('  detailed self-issued', loose.getPeerCertificate(true).issuerCertificate === undefined ? 'none' : 'present');
  loose.destroy();
  console.log('ca given, ip host');
  (await connect(server, { ca: cert }))?.destroy();
  console.log('ca given, servername localhost');
  (await connect(server, { ca: cert, servername: 'localhost' }))?.destroy();
  console.log('ca given, wrong servername');
  await connect(server, { ca: cert, servername: 'wrong.test' });
  console.log('custom checkServerIdentity');
  (await connect(server, { ca: cert, servername: 'wrong.test', checkServerIdentity: (host, c) => {
    console.log('  checking', host, c.subject.CN);
    return undefined;
  } }))?.destroy();

  for (const options of [{ key: fixture('key-encrypted.pem'), passphrase: 'wrong', cert }, { key: 'not a key', cert },
    { key, cert: 'not a cert' }]) {
    try {
      tls.createSecureContext(options);
      console.log('context made');
    } catch (error) {
      console.log('createSecureContext', error.code, error.library, error.reason);
    }
  }
  server.close();
});
