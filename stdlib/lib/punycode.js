'use strict';
// node:punycode (deprecated, DEP0040: warned about only under NODE_PENDING_DEPRECATION=1, as
// Node 20 does): Punycode (RFC 3492) and IDNA's mapping of domain labels, with the API of
// punycode.js 2.1.0, the version Node bundles.

if (process.env.NODE_PENDING_DEPRECATION === '1') {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

// RFC 3492 section 5: the parameters of Punycode.
const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;
const kMaxInt = 2147483647;

function failure(kind) {
  const messages = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  };
  return new RangeError(messages[kind]);
}

// The code points of a string, a surrogate pair as one, a lone surrogate as itself.
function ucs2decode(string) {
  const output = [];
  for (let index = 0; index < string.length; index++) {
    const value = string.charCodeAt(index);
    const next = string.charCodeAt(index + 1);
    if (value >= 0xD800 && value <= 0xDBFF && (next & 0xFC00) === 0xDC00) {
      output.push(((value & 0x3FF) << 10) + (next & 0x3FF) + 0x10000);
      index++;
    } else {
      output.push(value);
    }
  }
  return output;
}

const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);

// The digit a basic code point stands for: 0-9 are 26-35, letters 0-25; kBase for anything else.
function digitOf(codePoint) {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x16;
  if (codePoint >= 0x41 && codePoint <= 0x5A) return codePoint - 0x41;
  if (codePoint >= 0x61 && codePoint <= 0x7A) return codePoint - 0x61;
  return kBase;
}

// The basic code point of a digit: a-z for 0-25, 0-9 for 26-35.
const basicOf = (digit) => String.fromCharCode(digit < 26 ? digit + 0x61 : digit + 0x16);

// RFC 3492 section 6.1: the bias after a delta.
function adapt(delta, pointCount, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / kDamp) : delta >> 1;
  delta += Math.floor(delta / pointCount);
  for (; delta > ((kBase - kTMin) * kTMax) >> 1; k += kBase) delta = Math.floor(delta / (kBase - kTMin));
  return Math.floor(k + ((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

// The threshold of the digit at position k.
const threshold = (k, bias) => (k <= bias ? kTMin : k >= bias + kTMax ? kTMax : k - bias);

// RFC 3492 section 6.2: a Punycode string back to Unicode.
function decode(input) {
  const output = [];
  const delimiter = Math.max(input.lastIndexOf('-'), 0);
  for (let index = 0; index < delimiter; index++) {
    if (input.charCodeAt(index) >= 0x80) throw failure('not-basic');
    output.push(input.charCodeAt(index));
  }
  let n = kInitialN;
  let bias = kInitialBias;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length;) {
    const oldI = i;
    for (let weight = 1, k = kBase; ; k += kBase) {
      if (index >= input.length) throw failure('invalid-input');
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= kBase) throw failure('invalid-input');
      if (digit > Math.floor((kMaxInt - i) / weight)) throw failure('overflow');
      i += digit * weight;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (weight > Math.floor(kMaxInt / (kBase - t))) throw failure('overflow');
      weight *= kBase - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > kMaxInt - n) throw failure('overflow');
    n += Math.floor(i / length);
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// RFC 3492 section 6.3: Unicode to a Punycode string.
function encode(input) {
  const codePoints = ucs2decode(input);
  let output = '';
  for (const codePoint of codePoints) {
    if (codePoint < 0x80) output += String.fromCharCode(codePoint);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  while (handled < codePoints.length) {
    // The smallest code point not handled yet.
    let m = kMaxInt;
    for (const codePoint of codePoints) {
      if (codePoint >= n && codePoint < m) m = codePoint;
    }
    if (m - n > Math.floor((kMaxInt - delta) / (handled + 1))) throw failure('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const codePoint of codePoints) {
      if (codePoint < n && ++delta > kMaxInt) throw failure('overflow');
      if (codePoint !== n) continue;
      let q = delta;
      for (let k = kBase; ; k += kBase) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += basicOf(t + ((q - t) % (kBase - t)));
        q = Math.floor((q - t) / (kBase - t));
      }
      output += basicOf(q);
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

// Applies `map` to each label of a domain (or of an email address's domain part), IDNA's label
// separators becoming dots.
function mapDomain(domain, map) {
  const parts = domain.split('@');
  const local = parts.length > 1 ? `${parts[0]}@` : '';
  const host = parts.length > 1 ? parts[1] : domain;
  return local + host.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.').map(map).join('.');
}

const toUnicode = (domain) => mapDomain(domain, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
const toASCII = (domain) => mapDomain(domain, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
