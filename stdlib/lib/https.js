'use strict';
// The https module: HTTP over TLS. Its Agent names connections by their TLS options too, and
// connects with tls.connect; requests go through http's ClientRequest, servers through
// http.Server's connection handling.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { Server: HttpServer, serverArguments, setupHttpServer } = require('_http_server');

// The TLS options that make two connections to one origin different, in the name's order.
const tlsNameOptions = [
  'ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername', 'minVersion',
  'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions',
  'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine',
];

class Agent extends HttpAgent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
    this._sessionCache = { map: {}, list: [] };
  }

  createConnection(options, callback) {
    return tls.connect(options, callback);
  }

  getName(options = {}) {
    let name = super.getName(options);
    for (const option of tlsNameOptions) {
      const value = options[option];
      name += ':';
      if (value === undefined || value === null) continue;
      if (option === 'servername' && value === options.host) continue;
      name += option === 'sigalgs' ? JSON.stringify(value) : value;
    }
    return name;
  }
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(url, options, callback) {
  if (typeof url === 'string' || url instanceof URL) {
    if (typeof options === 'function') return new ClientRequest(url, { _defaultAgent: globalAgent }, options);
    return new ClientRequest(url, { _defaultAgent: globalAgent, ...options }, callback);
  }
  return new ClientRequest({ _defaultAgent: globalAgent, ...url }, options);
}

function get(url, options, callback) {
  const req = request(url, options, callback);
  req.end();
  return req;
}

// An HTTP server on TLS connections: a tls.Server whose secure connections are parsed as
// http.Server's are, with http.Server's methods.
class Server extends tls.Server {
  constructor(...args) {
    const [options, requestListener] = serverArguments(...args);
    super({ ALPNProtocols: ['http/1.1'], ...options, allowHalfOpen: true, noDelay: options.noDelay ?? true });
    setupHttpServer(this, options, requestListener, 'secureConnection');
  }
}
for (const name of ['setTimeout', 'close', 'closeAllConnections', 'closeIdleConnections', Symbol.asyncDispose]) {
  Object.defineProperty(Server.prototype, name,
    Object.getOwnPropertyDescriptor(HttpServer.prototype, name));
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
