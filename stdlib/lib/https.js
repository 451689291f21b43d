'use strict';
// The https module: HTTP over TLS. Its Agent names connections by their TLS options too, and
// connects with tls.connect; requests go through http's ClientRequest. TLS connections are not
// implemented yet (see lib/tls.js), so requests fail with tls.connect()'s ERR_NOT_IMPLEMENTED
// and servers cannot be made.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { codedError } = require('internal/errors');

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

class Server {
  constructor() {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'https.Server is not implemented in Sable');
  }
}

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
