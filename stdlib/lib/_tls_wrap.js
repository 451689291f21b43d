'use strict';
// TLSSocket (a net.Socket whose handle is a TLS session over another socket), tls.Server (a
// net.Server whose connections become TLSSockets: 'secureConnection') and tls.connect.

const net = require('net');
const { codedError, invalidArgType } = require('internal/errors');
const { TLSHandle } = require('internal/tls/tls_handle');
const { SecureContext, alpnWire, createSecureContext, translatePeerCertificate } = require('_tls_common');

const binding = internalBinding('tls_wrap');

const kOptions = Symbol('kOptions');

class TLSSocket extends net.Socket {
  // socket: the transport (a net.Socket, connected or connecting; a new one when absent).
  // options: isServer, secureContext (or the createSecureContext options), servername,
  // ALPNProtocols, requestCert, rejectUnauthorized, server.
  constructor(socket, options = {}) {
    const transport = socket ?? new net.Socket();
    const secureContext = options.secureContext instanceof SecureContext ? options.secureContext
      : createSecureContext(options);
    const isServer = !!options.isServer;
    if (isServer && options.requestCert) binding.requestCert(secureContext.context);
    const handle = new TLSHandle(transport, secureContext, {
      isServer,
      servername: !isServer && options.servername && !net.isIP(options.servername) ? options.servername : undefined,
      alpn: isServer ? undefined : alpnWire(options.ALPNProtocols),
    });
    super({ handle, allowHalfOpen: options.allowHalfOpen, manualStart: true });
    this[kOptions] = options;
    this.encrypted = true;
    this.authorized = false;
    this.authorizationError = null;
    this.alpnProtocol = null;
    this.servername = null;
    this.secureConnecting = true;
    this._secureEstablished = false;
    this._tlsOptions = options;
    this._parent = transport;
    this.server = options.server ?? null;
    this.ssl = handle;
    handle.onhandshake = () => onHandshake(this);
    handle.onerror = (error) => this.destroy(error);
    if (transport.connecting) {
      this.connecting = true;
      transport.once('connect', () => {
        this.connecting = false;
        this.emit('connect');
      });
    }
    this.read(0);
  }

  getPeerCertificate(detailed) {
    if (!this.ssl?.session) return null;
    const certificate = translatePeerCertificate(binding.peerCertificate(this.ssl.session));
    if (certificate === null) return isEmptyPeer(this) ? {} : null;
    if (detailed) {
      const selfIssued = JSON.stringify(certificate.subject) === JSON.stringify(certificate.issuer);
      if (!selfIssued) throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'getPeerCertificate(true) for a certificate chain is not implemented in Sable');
      certificate.issuerCertificate = certificate;
    }
    return certificate;
  }

  getProtocol() {
    return this.ssl?.session && this._secureEstablished ? binding.sessionInfo(this.ssl.session)[0] : null;
  }

  getCipher() {
    if (!this.ssl?.session || !this._secureEstablished) return undefined;
    const [, name, standardName, version] = binding.sessionInfo(this.ssl.session);
    return { name, standardName, version };
  }

  isSessionReused() {
    return false;
  }

  setServername(name) {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'tlsSocket.setServername() is not implemented in Sable');
  }
}

// A server without requestCert sees no client certificate: an empty object, as in Node.
function isEmptyPeer(socket) {
  return socket[kOptions].isServer && !socket[kOptions].requestCert;
}

// The handshake is done: check the peer (a client always; a server when it requested a
// certificate), then 'secureConnect' on a client or 'secureConnection' on the server.
function onHandshake(socket) {
  const options = socket[kOptions];
  const [, , , , alpn, servername] = binding.sessionInfo(socket.ssl.session);
  socket.alpnProtocol = alpn;
  socket.servername = options.isServer ? (servername ?? false) : (options.servername ?? null);
  socket.secureConnecting = false;
  socket._secureEstablished = true;
  // A server that did not ask for a certificate has not authorized its client.
  let verifyError = options.isServer && !options.requestCert ? undefined : null;
  if (!options.isServer || options.requestCert) {
    const failure = binding.verifyError(socket.ssl.session);
    if (failure) {
      verifyError = new Error(failure[1]);
      verifyError.code = failure[0];
    } else if (!options.isServer) {
      const hostname = options.servername || options.host || 'localhost';
      const check = options.checkServerIdentity ?? require('tls').checkServerIdentity;
      verifyError = check(hostname, socket.getPeerCertificate()) ?? null;
    }
  }
  socket.authorized = verifyError === null;
  socket.authorizationError = verifyError ? (verifyError.code ?? verifyError.message) : null;
  const reject = options.rejectUnauthorized !== false;
  if (options.isServer) {
    if (verifyError && options.requestCert && reject) {
      socket.destroy(verifyError);
      return;
    }
    socket.emit('secure');
    options.server.emit('secureConnection', socket);
    return;
  }
  if (verifyError && reject) {
    socket.destroy(verifyError);
    return;
  }
  socket.emit('secure');
  socket.emit('secureConnect');
}

class Server extends net.Server {
  constructor(options, secureConnectionListener) {
    if (typeof options === 'function') {
      secureConnectionListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    super({ allowHalfOpen: options.allowHalfOpen, pauseOnConnect: options.pauseOnConnect, noDelay: options.noDelay,
      keepAlive: options.keepAlive, keepAliveInitialDelay: options.keepAliveInitialDelay });
    this._contexts = [];
    this[kOptions] = options;
    this.setSecureContext(options);
    if (secureConnectionListener) this.on('secureConnection', secureConnectionListener);
    this.on('connection', (transport) => {
      const socket = new TLSSocket(transport, {
        ...this[kOptions],
        secureContext: this._sharedContext,
        isServer: true,
        server: this,
        rejectUnauthorized: this[kOptions].rejectUnauthorized,
        ALPNProtocols: undefined,
      });
      socket.ssl.onerror = (error) => {
        if (socket.secureConnecting) this.emit('tlsClientError', error, socket);
        socket.destroy(socket.secureConnecting ? undefined : error);
      };
    });
  }

  setSecureContext(options) {
    this._sharedContext = createSecureContext(options);
    const alpn = alpnWire(options.ALPNProtocols);
    if (alpn) binding.setALPN(this._sharedContext.context, alpn);
    if (options.requestCert) binding.requestCert(this._sharedContext.context);
  }

  addContext() {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'server.addContext() (SNI contexts) is not implemented in Sable');
  }

  getTicketKeys() {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'server.getTicketKeys() is not implemented in Sable');
  }

  setTicketKeys() {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'server.setTicketKeys() is not implemented in Sable');
  }
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// connect(options[, callback]), connect(port[, host][, options][, callback]).
function connect(...args) {
  let options = {};
  let callback;
  if (typeof args[args.length - 1] === 'function') callback = args.pop();
  if (typeof args[0] === 'object' && args[0] !== null) {
    options = { ...args[0] };
  } else {
    options.port = args[0];
    if (typeof args[1] === 'string') options.host = args[1];
    if (typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null)
      options = { ...args[args.length - 1], ...options };
  }
  options.host ??= 'localhost';
  if (options.servername === undefined && !net.isIP(options.host)) options.servername = options.host;
  const transport = options.socket ?? net.connect({ ...options, signal: undefined });
  const socket = new TLSSocket(transport, { ...options, isServer: false });
  if (callback) socket.once('secureConnect', callback);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket;
}

module.exports = { TLSSocket, Server, createServer, connect };
