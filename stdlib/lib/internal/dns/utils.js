'use strict';
// What dns and dns/promises share: the default result order, argument checks for lookup and
// lookupService, the error codes, and Node's DNS errors ("getaddrinfo ENOTFOUND host").

const { codedError, invalidArgValue, validateString, uvErrorName } = require('internal/errors');
const binding = internalBinding('dns');

const kOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

function oneOfError(name, value, allowed) {
  const { inspect } = require('internal/util/inspect');
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The ${kind} '${name}' must be one of: ${allowed.map((item) => inspect(item)).join(', ')}. Received ${inspect(value)}`);
}

function validateOrder(order, name) {
  if (!kOrders.includes(order)) throw oneOfError(name, order, kOrders);
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOrder(order, 'dnsOrder');
  defaultResultOrder = order;
}

const ADDRCONFIG = binding.AI_ADDRCONFIG;
const ALL = binding.AI_ALL;
const V4MAPPED = binding.AI_V4MAPPED;

// lookup's options as [family, hints, all, order], checked as Node checks them.
function lookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultResultOrder;
  if (typeof options === 'number') {
    family = options;
    if (family !== 0 && family !== 4 && family !== 6) throw oneOfError('family', family, [0, 4, 6]);
  } else if (options !== undefined && options !== null && typeof options === 'object') {
    if (options.hints != null) {
      if (typeof options.hints !== 'number') {
        throw require('internal/errors').invalidArgType('options.hints', 'of type number', options.hints);
      }
      hints = options.hints >>> 0;
    }
    if (options.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else if (options.family === 0 || options.family === 4 || options.family === 6) family = options.family;
      else throw oneOfError('options.family', options.family, [0, 4, 6]);
    }
    if (options.all != null) {
      if (typeof options.all !== 'boolean') {
        throw require('internal/errors').invalidArgType('options.all', 'of type boolean', options.all);
      }
      all = options.all;
    }
    if (options.verbatim != null) {
      if (typeof options.verbatim !== 'boolean') {
        throw require('internal/errors').invalidArgType('options.verbatim', 'of type boolean', options.verbatim);
      }
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOrder(options.order, 'options.order');
      order = options.order;
    }
  } else if (options !== undefined && options !== null) {
    throw require('internal/errors').invalidArgType('options', 'one of type number or object', options);
  }
  if (hints !== 0 && (hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw invalidArgValue('hints', hints);
  return [family, hints, all, order];
}

// "getaddrinfo ENOTFOUND example.invalid": a name that does not resolve (EAI_NONAME, EAI_NODATA,
// EAI_MEMORY) is ENOTFOUND; other failures keep their libuv name.
function dnsException(errno, syscall, hostname) {
  let code = errno;
  if (typeof errno === 'number') {
    const [name] = uvErrorName(errno);
    code = name === 'EAI_NONAME' || name === 'EAI_NODATA' || name === 'EAI_MEMORY' ? 'ENOTFOUND' : name;
  }
  const error = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  error.errno = typeof errno === 'number' ? errno : undefined;
  error.code = code;
  error.syscall = syscall;
  if (hostname) error.hostname = hostname;
  return error;
}

function validateHostname(hostname) {
  if (hostname) validateString(hostname, 'hostname');
}

// The hostname "" (or another falsy one) is looked up as nothing, with a deprecation warning
// (once).
let warnedEmptyHostname = false;
function warnEmptyHostname(hostname) {
  if (hostname === '' && !warnedEmptyHostname) {
    warnedEmptyHostname = true;
    process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
      'DeprecationWarning', 'DEP0118');
  }
}

// The error codes dns exports (strings, as Node's c-ares names them).
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

module.exports = {
  binding, ADDRCONFIG, ALL, V4MAPPED, errorCodes, getDefaultResultOrder, setDefaultResultOrder,
  lookupOptions, dnsException, validateHostname, warnEmptyHostname, oneOfError,
};
