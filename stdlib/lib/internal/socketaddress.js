'use strict';
// net.SocketAddress: an immutable IP address, port, family ('ipv4' or 'ipv6') and IPv6 flow
// label, the address kept in canonical form.

const { codedError, invalidArgType, invalidArgValue, validateString } = require('internal/errors');
const { isIPv4, isIPv6, ipToBigInt, formatIPv6, validatePort } = require('internal/net');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kFields = Symbol('fields');

function invalidAddressError() {
  return codedError(Error, 'ERR_INVALID_ADDRESS', 'Invalid socket address');
}

// `family` as 'ipv4' or 'ipv6', or ERR_INVALID_ARG_VALUE naming `name`.
function validateFamily(family, name) {
  const lower = typeof family === 'string' ? family.toLowerCase() : family;
  if (lower !== 'ipv4' && lower !== 'ipv6') throw invalidArgValue(name, family);
  return lower;
}

// The canonical text of an address of `family`, or ERR_INVALID_ADDRESS.
function canonicalAddress(address, family) {
  if (family === 'ipv4') {
    if (!isIPv4(address)) throw invalidAddressError();
    return address;
  }
  if (!isIPv6(address)) throw invalidAddressError();
  return formatIPv6(ipToBigInt(address));
}

class SocketAddress {
  constructor(options = {}) {
    if (typeof options !== 'object' || options === null) throw invalidArgType('options', 'of type object', options);
    const family = validateFamily(options.family ?? 'ipv4', 'options.family');
    const address = options.address ?? (family === 'ipv4' ? '127.0.0.1' : '::');
    validateString(address, 'options.address');
    const port = validatePort(options.port ?? 0, 'options.port');
    const flowlabel = options.flowlabel ?? 0;
    if (!Number.isInteger(flowlabel) || flowlabel < 0 || flowlabel > 0xffffffff) {
      require('internal/errors').validateInteger(flowlabel, 'options.flowlabel', 0, 0xffffffff);
    }
    this[kFields] = { address: canonicalAddress(address, family), port, family, flowlabel };
  }

  static isSocketAddress(value) {
    return value?.[kFields] !== undefined;
  }

  get address() { return this[kFields].address; }
  get port() { return this[kFields].port; }
  get family() { return this[kFields].family; }
  get flowlabel() { return this[kFields].flowlabel; }

  toJSON() {
    return { ...this[kFields] };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { SocketAddress, validateFamily, canonicalAddress };
