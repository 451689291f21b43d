'use strict';
// node:dns: lookup (getaddrinfo, the system's resolver with /etc/hosts, as net uses),
// lookupService (getnameinfo), the DNS queries (resolve*, reverse, Resolver:
// internal/dns/resolver), the default result order, and dns.promises.

const {
  binding, ADDRCONFIG, ALL, V4MAPPED, errorCodes, getDefaultResultOrder, setDefaultResultOrder,
  lookupOptions, dnsException, validateHostname, warnEmptyHostname,
} = require('internal/dns/utils');
const { invalidArgValue, validateFunction } = require('internal/errors');
const { isIP, validatePort } = require('internal/net');
const resolver = require('internal/dns/resolver');

// The addresses in the result order: as the system gave them ('verbatim'), or with IPv4 (or
// IPv6) ones first.
function orderAddresses(entries, order) {
  if (order === 'verbatim') return entries;
  const first = order === 'ipv4first' ? 4 : 6;
  return [...entries.filter((entry) => entry.family === first), ...entries.filter((entry) => entry.family !== first)];
}

// lookup ( hostname[, options], callback ): callback(error, address, family), or
// callback(error, [{ address, family }]) with options.all.
function lookup(hostname, options, callback) {
  validateHostname(hostname);
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const [family, hints, all, order] = lookupOptions(options);
  if (!hostname) {
    warnEmptyHostname(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }
  const req = {
    hostname,
    oncomplete(status, addresses) {
      if (status < 0) {
        callback(dnsException(status, 'getaddrinfo', hostname));
        return;
      }
      const entries = orderAddresses(addresses.map((address) => ({ address, family: isIP(address) })), order);
      if (all) callback(null, entries);
      else if (entries.length === 0) callback(dnsException('ENOTFOUND', 'getaddrinfo', hostname));
      else callback(null, entries[0].address, entries[0].family);
    },
  };
  const error = binding.getaddrinfo(req, hostname, family, hints);
  if (error < 0) {
    process.nextTick(callback, dnsException(error, 'getaddrinfo', hostname));
  }
  return req;
}
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  get: () => require('dns/promises').lookup,
});

// lookupService ( address, port, callback ): callback(error, hostname, service).
function lookupService(address, port, callback) {
  if (arguments.length !== 3) {
    throw require('internal/errors').codedError(TypeError, 'ERR_MISSING_ARGS',
      'The "address", "port", and "callback" arguments must be specified');
  }
  if (isIP(address) === 0) throw invalidArgValue('address', address);
  port = validatePort(port);
  validateFunction(callback, 'callback');
  const req = {
    oncomplete(status, hostname, service) {
      if (status < 0) callback(dnsException(status, 'getnameinfo', address));
      else callback(null, hostname, service);
    },
  };
  const error = binding.getnameinfo(req, address, port);
  if (error < 0) throw dnsException(error, 'getnameinfo', address);
  return req;
}
Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  get: () => require('dns/promises').lookupService,
});

module.exports = {
  lookup,
  lookupService,
  Resolver: resolver.Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: resolver.setServers,
  getServers: resolver.getServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  ...resolver.callbackMethods,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: () => require('dns/promises'),
});
