'use strict';
// DNS queries (resolve*, reverse) and the Resolver classes. Placeholder until the libresolv
// binding lands: every query throws ERR_NOT_IMPLEMENTED.

const { codedError } = require('internal/errors');

const kRecordTypes = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TXT'];
const kMethodNames = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

function notImplemented(name) {
  return function () {
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', `dns.${name}() is not implemented in Sable`);
  };
}

// The name servers from /etc/resolv.conf.
let servers;
function getServers() {
  if (servers === undefined) {
    servers = [];
    try {
      const text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
      for (const line of text.split('\n')) {
        const match = /^\s*nameserver\s+(\S+)/.exec(line);
        if (match) servers.push(match[1]);
      }
    } catch {
      // No resolv.conf: no servers.
    }
  }
  return servers.slice();
}

function setServers() {
  throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'dns.setServers() is not implemented in Sable');
}

class Resolver {
  getServers() { return getServers(); }
  setServers() { return setServers(); }
  cancel() {}
  setLocalAddress() {}
}
class PromiseResolver extends Resolver {}

const callbackMethods = {};
const promiseMethods = {};
for (const name of kMethodNames) {
  callbackMethods[name] = notImplemented(name);
  promiseMethods[name] = notImplemented(`promises.${name}`);
  Resolver.prototype[name] = callbackMethods[name];
  PromiseResolver.prototype[name] = promiseMethods[name];
}

module.exports = { Resolver, PromiseResolver, getServers, setServers, callbackMethods, promiseMethods, kRecordTypes };
