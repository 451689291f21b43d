'use strict';
// The http module: HTTP/1.1 servers and clients (lib/_http_*.js).

const { Agent, globalAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { maxHeaderSize, methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { STATUS_CODES, Server, ServerResponse, createServer } = require('_http_server');

function request(url, options, callback) {
  return new ClientRequest(url, options, callback);
}

function get(url, options, callback) {
  const req = request(url, options, callback);
  req.end();
  return req;
}

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS: methods,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  // Sable makes a parser per connection and keeps no idle ones: only the argument is checked.
  setMaxIdleHTTPParsers(max) {
    require('internal/errors').validateInteger(max, 'max', 1);
  },
  maxHeaderSize,
  globalAgent,
};
