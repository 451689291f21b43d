'use strict';
// node:net: TCP and UNIX-domain-socket streams (Socket, internal/net/socket) and servers
// (Server, internal/net/server), the connect/createServer shortcuts, IP address tests, the
// autoSelectFamily defaults, BlockList and SocketAddress.

const { Socket, autoSelectFamily } = require('internal/net/socket');
const { Server } = require('internal/net/server');
const { isIP, isIPv4, isIPv6, normalizeArgs } = require('internal/net');
const { validateInteger } = require('internal/errors');

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(path[, cb]), connect(port[, host][, cb]).
function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamily.enabled;
}

function setDefaultAutoSelectFamily(value) {
  if (typeof value !== 'boolean') throw require('internal/errors').invalidArgType('value', 'of type boolean', value);
  autoSelectFamily.enabled = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamily.attemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInteger(value, 'value', 1);
  autoSelectFamily.attemptTimeout = Math.max(value, 10);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
};

Object.defineProperties(module.exports, {
  BlockList: { enumerable: true, configurable: true, get: () => require('internal/blocklist').BlockList },
  SocketAddress: { enumerable: true, configurable: true, get: () => require('internal/socketaddress').SocketAddress },
});
