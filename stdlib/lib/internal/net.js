'use strict';
// What net, dns and http share: IP address tests, their numeric and canonical forms, port
// checks, and net's argument forms.

const { codedError, describeReceived } = require('internal/errors');

const kIPv4Part = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const kIPv4 = `(?:${kIPv4Part}\\.){3}${kIPv4Part}`;
const kIPv4Pattern = new RegExp(`^${kIPv4}$`);
const kHexGroup = /^[0-9a-fA-F]{1,4}$/;
const kZone = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4(input) {
  return kIPv4Pattern.test(`${input}`);
}

// Eight hex groups of up to four digits, one run of them written '::', the last two groups
// possibly a dotted IPv4 address, and an optional %zone.
function isIPv6(input) {
  let text = `${input}`;
  const percent = text.indexOf('%');
  if (percent !== -1) {
    if (!kZone.test(text.slice(percent + 1))) return false;
    text = text.slice(0, percent);
  }
  const halves = text.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (let h = 0; h < halves.length; h++) {
    if (halves[h] === '') continue;
    const parts = halves[h].split(':');
    for (let i = 0; i < parts.length; i++) {
      const last = h === halves.length - 1 && i === parts.length - 1;
      if (last && kIPv4Pattern.test(parts[i])) groups += 2;
      else if (kHexGroup.test(parts[i])) groups += 1;
      else return false;
    }
  }
  return halves.length === 2 ? groups <= 7 : groups === 8;
}

// 4, 6, or 0 when input is not an IP address.
function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

// A port: a number or numeric string in [0, 65535] (0 only when allowZero).
function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw codedError(RangeError, 'ERR_SOCKET_BAD_PORT',
      `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${describeReceived(port)}.`);
  }
  return port | 0;
}

// A string that is not a number names a pipe (a UNIX domain socket path).
function isPipeName(value) {
  return typeof value === 'string' && !(Number(value) >= 0);
}

// Marks an [options, callback] pair that normalizeArgs already made.
const kNormalizedArgs = Symbol('normalizedArgs');

// connect() and listen() forms: (options[, cb]), (path[, cb]), (port[, host][, cb]) →
// [options, cb or null].
function normalizeArgs(args) {
  let result;
  if (args.length === 0) {
    result = [{}, null];
  } else {
    const first = args[0];
    let options = {};
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const callback = args[args.length - 1];
    result = [options, typeof callback === 'function' ? callback : null];
  }
  result[kNormalizedArgs] = true;
  return result;
}

// An IPv4 address as a 32-bit BigInt.
function ipv4ToBigInt(address) {
  return address.split('.').reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

// A valid IP address (zone dropped) as a BigInt: 32 bits for IPv4, 128 for IPv6.
function ipToBigInt(address) {
  if (isIPv4(address)) return ipv4ToBigInt(address);
  const text = address.split('%')[0];
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (part) => {
    if (!part) return [];
    const words = [];
    for (const piece of part.split(':')) {
      if (piece.includes('.')) {
        const v4 = ipv4ToBigInt(piece);
        words.push(v4 >> 16n, v4 & 0xffffn);
      } else {
        words.push(BigInt(parseInt(piece, 16)));
      }
    }
    return words;
  };
  const front = groups(head);
  const back = groups(tail);
  const words = tail === undefined ? front : [...front, ...new Array(8 - front.length - back.length).fill(0n), ...back];
  return words.reduce((value, word) => (value << 16n) | word, 0n);
}

// The canonical text of a 128-bit IPv6 address: lowercase groups, the longest run of two or
// more zero groups as '::', IPv4-mapped addresses ending in dotted form.
function formatIPv6(value) {
  const words = [];
  for (let i = 7; i >= 0; i--) words.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  if (words.slice(0, 5).every((word) => word === 0) && words[5] === 0xffff) {
    return `::ffff:${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < 8 && words[end] === 0) end++;
    if (end - i > bestLength) {
      bestStart = i;
      bestLength = end - i;
    }
    i = end;
  }
  const hex = (list) => list.map((word) => word.toString(16)).join(':');
  if (bestStart === -1) return hex(words);
  return `${hex(words.slice(0, bestStart))}::${hex(words.slice(bestStart + bestLength))}`;
}

module.exports = {
  isIP, isIPv4, isIPv6, validatePort, isPipeName, normalizeArgs, kNormalizedArgs, ipToBigInt, formatIPv6,
};
