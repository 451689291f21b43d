'use strict';
// DNS queries: the Resolver classes (callback and promise forms) behind dns.resolve*,
// dns.reverse and dns.promises. Each query runs on the thread pool through the C library's
// resolver (internalBinding('dns').query) and asks the resolver's servers (by default those
// of /etc/resolv.conf); answers are shaped as Node gives them.

const {
  codedError, invalidArgType, invalidArgValue, validateFunction, validateInteger, validateString,
} = require('internal/errors');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { binding, dnsException } = require('internal/dns/utils');

// Method name → [record type, the syscall errors name].
const kQueries = {
  resolveAny: ['ANY', 'queryAny'], resolve4: ['A', 'queryA'], resolve6: ['AAAA', 'queryAaaa'],
  resolveCaa: ['CAA', 'queryCaa'], resolveCname: ['CNAME', 'queryCname'], resolveMx: ['MX', 'queryMx'],
  resolveNs: ['NS', 'queryNs'], resolveTxt: ['TXT', 'queryTxt'], resolveSrv: ['SRV', 'querySrv'],
  resolvePtr: ['PTR', 'queryPtr'], resolveNaptr: ['NAPTR', 'queryNaptr'], resolveSoa: ['SOA', 'querySoa'],
};
const UV_EINVAL = -22;
const kMethodOfType = Object.fromEntries(Object.entries(kQueries).map(([method, [type]]) => [type, method]));

// One record [type, ttl, fields...] as Node shows it (with `type` for resolveAny, `ttl` for A
// and AAAA when asked).
function shapeRecord([type, ttl, ...fields], withTtl, any) {
  let shaped;
  switch (type) {
    case 'A':
    case 'AAAA':
      shaped = withTtl || any ? { address: fields[0], ttl } : fields[0];
      break;
    case 'CNAME':
    case 'NS':
    case 'PTR':
      shaped = any ? { value: fields[0] } : fields[0];
      break;
    case 'MX':
      shaped = { exchange: fields[1], priority: fields[0] };
      break;
    case 'TXT':
      shaped = any ? { entries: fields[0] } : fields[0];
      break;
    case 'SRV':
      shaped = { name: fields[3], port: fields[2], priority: fields[0], weight: fields[1] };
      break;
    case 'SOA': {
      const [nsname, hostmaster, serial, refresh, retry, expire, minttl] = fields;
      shaped = { nsname, hostmaster, serial, refresh, retry, expire, minttl };
      break;
    }
    case 'NAPTR': {
      const [order, preference, flags, service, regexp, replacement] = fields;
      shaped = { flags, service, regexp, replacement, order, preference };
      break;
    }
    case 'CAA':
      shaped = { critical: fields[0], [fields[1]]: fields[2] };
      break;
  }
  if (any) shaped.type = type;
  return shaped;
}

// [address, port] of a server string: 'a.b.c.d', 'a.b.c.d:port', 'v6', '[v6]', '[v6]:port'.
function parseServer(server) {
  let match = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (match && isIPv6(match[1])) return [match[1], match[2] ? Number(match[2]) : 53];
  if (isIP(server)) return [server, 53];
  match = /^([^:]+):(\d+)$/.exec(server);
  if (match && isIPv4(match[1])) return [match[1], Number(match[2])];
  throw codedError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${server}`);
}

function formatServer([address, port]) {
  if (port === 53) return address;
  return isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`;
}

// The servers of /etc/resolv.conf, read once.
let systemServers;
function defaultServers() {
  if (systemServers === undefined) {
    systemServers = [];
    let text = '';
    try {
      text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
    } catch {
      // No resolv.conf: the resolver asks the local host.
    }
    for (const line of text.split('\n')) {
      const match = /^\s*nameserver\s+([^\s%]+)/.exec(line);
      if (match && isIP(match[1])) systemServers.push([match[1], 53]);
    }
  }
  return systemServers;
}

const kServers = Symbol('servers');
const kPending = Symbol('pending');
const kOptions = Symbol('options');

class Resolver {
  constructor(options = undefined) {
    const timeout = options?.timeout ?? -1;
    const tries = options?.tries ?? 4;
    validateInteger(timeout, 'options.timeout', -1, 2 ** 31 - 1);
    validateInteger(tries, 'options.tries', 1, 2 ** 31 - 1);
    this[kOptions] = { timeout, tries };
    this[kServers] = null;
    this[kPending] = new Set();
  }

  getServers() {
    return (this[kServers] ?? defaultServers()).map(formatServer);
  }

  setServers(servers) {
    if (!Array.isArray(servers)) throw invalidArgType('servers', 'an instance of Array', servers);
    const parsed = servers.map((server, index) => {
      validateString(server, `servers[${index}]`);
      return parseServer(server);
    });
    this[kServers] = parsed;
  }

  // Queries still running call back with ECANCELLED now (their answers are dropped).
  cancel() {
    for (const req of this[kPending]) process.nextTick(() => req.finish('ECANCELLED', []));
    this[kPending].clear();
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    throw codedError(Error, 'ERR_NOT_IMPLEMENTED', 'resolver.setLocalAddress() is not implemented in Sable');
  }

  // Starts a query of `type` for `name`; callback(error, records as [type, ttl, fields...]).
  _query(name, type, syscall, callback) {
    const pending = this[kPending];
    let done = false;
    const req = {
      finish(code, records) {
        if (done) return;
        done = true;
        pending.delete(req);
        if (code) callback(dnsException(code, syscall, name));
        else callback(null, records);
      },
      oncomplete(code, records) {
        req.finish(code, records);
      },
    };
    const servers = this[kServers] ?? [];
    const error = binding.query(req, name, type, servers, this[kOptions].timeout, this[kOptions].tries);
    if (error < 0) throw dnsException(error, syscall, name);
    pending.add(req);
    return req;
  }

  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (typeof rrtype !== 'string') {
      throw invalidArgType('rrtype', 'of type string', rrtype);
    }
    const method = kMethodOfType[rrtype];
    if (method === undefined) throw invalidArgValue('rrtype', rrtype);
    return this[method](hostname, callback);
  }

  // The names of an address: from /etc/hosts when it lists the address (as Node's resolver
  // looks there first), else from a PTR query.
  reverse(ip, callback) {
    validateString(ip, 'name');
    validateFunction(callback, 'callback');
    const name = reverseName(ip);
    const known = hostsFileNames(ip);
    if (known !== null) {
      process.nextTick(callback, null, known);
      return {};
    }
    return this._query(name, 'PTR', 'getHostByAddr', (error, records) => {
      if (error) {
        error.hostname = ip;
        error.message = `getHostByAddr ${error.code} ${ip}`;
        callback(error);
      } else {
        callback(null, records.map((record) => record[2]));
      }
    });
  }
}

// The PTR name of an address: d.c.b.a.in-addr.arpa, or the nibbles of an IPv6 address
// reversed under ip6.arpa; EINVAL (thrown, as Node does) for anything else.
function reverseName(ip) {
  if (isIPv4(ip)) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (isIPv6(ip)) {
    const { ipToBigInt } = require('internal/net');
    const hex = ipToBigInt(ip).toString(16).padStart(32, '0');
    return `${hex.split('').reverse().join('.')}.ip6.arpa`;
  }
  throw dnsException(UV_EINVAL, 'getHostByAddr', ip);
}

// The other names /etc/hosts gives the address `ip` (read afresh each time), or null when it
// does not list it: Node answers with the aliases of the entry, not its first (canonical) name.
function hostsFileNames(ip) {
  let text = '';
  try {
    text = require('fs').readFileSync('/etc/hosts', 'latin1');
  } catch {
    return null;
  }
  const { ipToBigInt } = require('internal/net');
  const wanted = ipToBigInt(ip);
  const names = [];
  for (const line of text.split('\n')) {
    const [address, ...lineNames] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (lineNames.length > 0 && isIP(address) === isIP(ip) && ipToBigInt(address) === wanted) names.push(...lineNames);
  }
  return names.length > 0 ? names.slice(1) : null;
}

for (const [method, [type, syscall]] of Object.entries(kQueries)) {
  Resolver.prototype[method] = function query(hostname, options, callback) {
    validateString(hostname, 'name');
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validateFunction(callback, 'callback');
    const withTtl = Boolean(options?.ttl);
    return this._query(hostname, type, syscall, (error, records) => {
      if (error) {
        callback(error);
        return;
      }
      const shaped = records.map((record) => shapeRecord(record, withTtl, type === 'ANY'));
      callback(null, type === 'SOA' ? shaped[0] : shaped);
    });
  };
}

// The promise form: the same queries, answering with promises.
class PromiseResolver extends Resolver {}
for (const method of [...Object.keys(kQueries), 'resolve', 'reverse']) {
  PromiseResolver.prototype[method] = function promised(...args) {
    let settle;
    const promise = new Promise((resolve, reject) => {
      settle = (error, result) => (error ? reject(error) : resolve(result));
    });
    Resolver.prototype[method].call(this, ...args, settle);
    return promise;
  };
}

// The resolvers dns.resolve* and dns.promises.resolve* use; dns.setServers sets both.
const defaultResolver = new Resolver();
const defaultPromiseResolver = new PromiseResolver();

function getServers() {
  return defaultResolver.getServers();
}

function setServers(servers) {
  defaultResolver.setServers(servers);
  defaultPromiseResolver.setServers(servers);
}

const callbackMethods = {};
const promiseMethods = {};
for (const method of [...Object.keys(kQueries), 'resolve', 'reverse']) {
  callbackMethods[method] = (...args) => defaultResolver[method](...args);
  promiseMethods[method] = (...args) => defaultPromiseResolver[method](...args);
}

module.exports = { Resolver, PromiseResolver, getServers, setServers, callbackMethods, promiseMethods };
