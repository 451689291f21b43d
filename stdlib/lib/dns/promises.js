'use strict';
// node:dns/promises: dns's lookup, lookupService and queries, answering with promises.

const {
  errorCodes, getDefaultResultOrder, setDefaultResultOrder, oneOfError,
} = require('internal/dns/utils');
const dns = require('dns');
const resolver = require('internal/dns/resolver');

// lookup ( hostname[, options] ): { address, family }, or [{ address, family }] with all. Bad
// arguments throw at once, as in Node.
function lookup(hostname, options) {
  // Unlike dns.lookup, the promise form takes only numeric families.
  const family = options?.family;
  if (family != null && family !== 0 && family !== 4 && family !== 6) {
    throw oneOfError('options.family', family, [0, 4, 6]);
  }
  const all = options !== null && typeof options === 'object' && options.all === true;
  let resolveLookup;
  let rejectLookup;
  const promise = new Promise((resolve, reject) => {
    resolveLookup = resolve;
    rejectLookup = reject;
  });
  dns.lookup(hostname, options, (error, address, family) => {
    if (error) rejectLookup(error);
    else resolveLookup(all ? address : { address, family });
  });
  return promise;
}

// lookupService ( address, port ): { hostname, service }.
function lookupService(address, port) {
  if (arguments.length !== 2) {
    throw require('internal/errors').codedError(TypeError, 'ERR_MISSING_ARGS',
      'The "address" and "port" arguments must be specified');
  }
  return new Promise((resolve, reject) => {
    dns.lookupService(address, port, (error, hostname, service) => {
      if (error) reject(error);
      else resolve({ hostname, service });
    });
  });
}

module.exports = {
  lookup,
  lookupService,
  Resolver: resolver.PromiseResolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: resolver.setServers,
  getServers: resolver.getServers,
  ...errorCodes,
  ...resolver.promiseMethods,
};
