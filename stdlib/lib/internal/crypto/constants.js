'use strict';
// crypto.constants: OpenSSL's option and padding numbers (from its headers, through the
// binding), among them the library's version, and Node's default TLS cipher lists.

const binding = internalBinding('crypto');

// The cipher suites Node offers by default (its own choice, not OpenSSL's).
const kDefaultCipherList = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA256', 'DHE-RSA-AES128-SHA256',
  'ECDHE-RSA-AES256-SHA384', 'DHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA256', 'DHE-RSA-AES256-SHA256', 'HIGH',
  '!aNULL', '!eNULL', '!EXPORT', '!DES', '!RC4', '!MD5', '!PSK', '!SRP', '!CAMELLIA'].join(':');

// Read-only numbers, as Node defines them.
function defineConstants(target, list) {
  for (let i = 0; i < list.length; i += 2) {
    Object.defineProperty(target, list[i], { value: list[i + 1], enumerable: true });
  }
}

const constants = Object.create(null);
defineConstants(constants, binding.constants);
Object.defineProperty(constants, 'defaultCoreCipherList', { value: kDefaultCipherList, enumerable: true });
defineConstants(constants, binding.lateConstants);
// The list TLS uses when none is given: programs may change it.
constants.defaultCipherList = kDefaultCipherList;

module.exports = { constants };
