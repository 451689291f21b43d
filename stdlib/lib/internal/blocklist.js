'use strict';
// net.BlockList: rules (single addresses, ranges, subnets; IPv4 or IPv6) that check() tests an
// address against. IPv4 addresses and their IPv4-mapped IPv6 forms (::ffff:a.b.c.d) match the
// same rules, so every rule is kept as a range of 128-bit numbers.

const { invalidArgValue, validateString, validateNumber, outOfRange } = require('internal/errors');
const { ipToBigInt } = require('internal/net');
const { SocketAddress, validateFamily, canonicalAddress } = require('internal/socketaddress');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kRules = Symbol('rules');
const kMapped = 0xffffn << 32n;

// [text for the rules list, 128-bit value, family] of an address string or SocketAddress.
function addressOf(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) return [address.address, toMapped(address.address, address.family), address.family];
  validateString(address, name);
  const checked = validateFamily(family, 'options.family');
  const text = canonicalAddress(address, checked);
  return [text, toMapped(text, checked), checked];
}

function toMapped(text, family) {
  const value = ipToBigInt(text);
  return family === 'ipv4' ? kMapped | value : value;
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList {
  constructor() {
    // Newest first, as Node lists them: { text, first, last }.
    this[kRules] = [];
  }

  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  addAddress(address, family = 'ipv4') {
    const [text, value, checked] = addressOf(address, family, 'address');
    this[kRules].unshift({ text: `Address: ${label(checked)} ${text}`, first: value, last: value });
  }

  addRange(start, end, family = 'ipv4') {
    const [startText, first, checked] = addressOf(start, family, 'start');
    const [endText, last] = addressOf(end, family, 'end');
    if (first > last) {
      throw invalidArgValue('start', SocketAddress.isSocketAddress(start) ? start : new SocketAddress({ address: start, family: checked }),
        'must come before end');
    }
    this[kRules].unshift({ text: `Range: ${label(checked)} ${startText}-${endText}`, first, last });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const [text, value, checked] = addressOf(network, family, 'network');
    validateNumber(prefix, 'prefix');
    const bits = checked === 'ipv4' ? 32 : 128;
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) throw outOfRange('prefix', `>= 0 && <= ${bits}`, prefix);
    const hostBits = BigInt(bits - prefix);
    const first = (value >> hostBits) << hostBits;
    const last = first | ((1n << hostBits) - 1n);
    this[kRules].unshift({ text: `Subnet: ${label(checked)} ${text}/${prefix}`, first, last });
  }

  // Whether the address matches a rule; false for an address that is not of `family`.
  check(address, family = 'ipv4') {
    let value;
    if (SocketAddress.isSocketAddress(address)) {
      value = toMapped(address.address, address.family);
    } else {
      validateString(address, 'address');
      const checked = validateFamily(family, 'options.family');
      try {
        value = toMapped(canonicalAddress(address, checked), checked);
      } catch {
        return false;
      }
    }
    return this[kRules].some((rule) => rule.first <= value && value <= rule.last);
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { BlockList };
