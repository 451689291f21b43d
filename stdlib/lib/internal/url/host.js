'use strict';
// Host parsing and serializing: domains (through ICU's UTS #46), IPv4 and IPv6 addresses,
// and opaque hosts — https://url.spec.whatwg.org/#hosts-(domains-and-ip-addresses)
// A parsed host is kept serialized: "example.com", "1.2.3.4", "[::1]", or "" (empty host).

const { c0ControlSet, percentEncode, percentDecode } = require('internal/url/percent_encoding');
const idna = internalBinding('url');

const kForbiddenHost = new Set([...'\0\t\n\r #/:<>?@[\\]^|']);
const isForbiddenDomainChar = (char) => kForbiddenHost.has(char) || char <= '\x1F' || char === '%' || char === '\x7F';

// domain to ASCII ( domain, beStrict ) — https://url.spec.whatwg.org/#concept-domain-to-ascii
// Returns null for failure.
function domainToASCII(domain, beStrict = false) {
  // Fast path: ASCII domains with no punycode label only need lowercasing.
  // eslint-disable-next-line no-control-regex
  if (!beStrict && /^[\x00-\x7F]*$/.test(domain) && !/(^|\.)xn--/i.test(domain)) return domain.toLowerCase();
  const result = idna.toASCII(domain, beStrict);
  return result === undefined || result === '' ? null : result;
}

// domain to Unicode ( domain ) — https://url.spec.whatwg.org/#concept-domain-to-unicode
function domainToUnicode(domain) {
  const result = idna.toUnicode(domain, false);
  return result === undefined ? null : result;
}

// IPv4 number parser: [value, usedNonDecimal], or null for failure.
function parseIPv4Number(input) {
  if (input === '') return null;
  let radix = 10;
  if (/^0x/i.test(input)) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const digits = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-f]+$/i : /^[0-7]+$/;
  if (!digits.test(input)) return null;
  return parseInt(input, radix);
}

// ends in a number checker — https://url.spec.whatwg.org/#ends-in-a-number-checker
function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (/^[0-9]+$/.test(last)) return true;
  return /^0x[0-9a-f]*$/i.test(last);
}

// IPv4 parser — https://url.spec.whatwg.org/#concept-ipv4-parser; a number or null.
function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const number = parseIPv4Number(part);
    if (number === null) return null;
    numbers.push(number);
  }
  const last = numbers.pop();
  if (numbers.some((n) => n > 255)) return null;
  if (last >= 256 ** (4 - numbers.length)) return null;
  let ipv4 = last;
  numbers.forEach((n, i) => { ipv4 += n * 256 ** (3 - i); });
  return ipv4;
}

function serializeIPv4(address) {
  const octets = [];
  for (let i = 0; i < 4; i++) {
    octets.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return octets.join('.');
}

// IPv6 parser — https://url.spec.whatwg.org/#concept-ipv6-parser; eight pieces or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const at = (i) => input[i];
  const isHex = (c) => c !== undefined && /[0-9a-f]/i.test(c);
  const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
  if (at(pointer) === ':') {
    if (at(pointer + 1) !== ':') return null;
    pointer += 2;
    compress = ++pieceIndex;
  }
  while (at(pointer) !== undefined) {
    if (pieceIndex === 8) return null;
    if (at(pointer) === ':') {
      if (compress !== null) return null;
      pointer++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHex(at(pointer))) {
      value = value * 16 + parseInt(at(pointer), 16);
      pointer++;
      length++;
    }
    if (at(pointer) === '.') {
      // An IPv4 address in the last two pieces.
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(pointer) !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === '.' && numbersSeen < 4) pointer++;
          else return null;
        }
        if (!isDigit(at(pointer))) return null;
        while (isDigit(at(pointer))) {
          const number = Number(at(pointer));
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(pointer) === ':') {
      pointer++;
      if (at(pointer) === undefined) return null;
    } else if (at(pointer) !== undefined) {
      return null;
    }
    address[pieceIndex++] = value;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      [address[pieceIndex], address[compress + swaps - 1]] = [address[compress + swaps - 1], address[pieceIndex]];
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

// IPv6 serializer: lowercase hex pieces, the first longest run of two or more zeros as "::".
function serializeIPv6(address) {
  let compress = -1;
  let longest = 1;
  for (let i = 0; i < 8;) {
    let end = i;
    while (end < 8 && address[end] === 0) end++;
    if (end - i > longest) {
      longest = end - i;
      compress = i;
    }
    i = end === i ? i + 1 : end;
  }
  let output = '';
  for (let i = 0; i < 8; i++) {
    if (i === compress) {
      output += i === 0 ? '::' : ':';
      i += longest - 1;
      continue;
    }
    output += address[i].toString(16);
    if (i !== 7) output += ':';
  }
  return output;
}

// host parser ( input, isOpaque ) — https://url.spec.whatwg.org/#concept-host-parser
// The serialized host, or null for failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    for (const char of input) if (kForbiddenHost.has(char)) return null;
    return percentEncode(input, c0ControlSet);
  }
  const asciiDomain = domainToASCII(percentDecode(input));
  if (asciiDomain === null) return null;
  for (const char of asciiDomain) if (isForbiddenDomainChar(char)) return null;
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    return ipv4 === null ? null : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

module.exports = { parseHost, domainToASCII, domainToUnicode };
