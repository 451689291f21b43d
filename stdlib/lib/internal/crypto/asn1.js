'use strict';
// The little DER (ASN.1's distinguished encoding) the crypto modules read and write themselves:
// the structures of JWK keys and of ECDSA/DSA signatures. Everything else OpenSSL encodes.

const { Buffer } = require('buffer');

const kInteger = 0x02;
const kBitString = 0x03;
const kOctetString = 0x04;
const kObjectIdentifier = 0x06;
const kSequence = 0x30;

function encodeLength(length) {
  if (length < 0x80) return [length];
  const bytes = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

// One element: tag, length, then the contents (concatenated).
function element(tag, ...contents) {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag, ...encodeLength(body.length)]), body]);
}

const sequence = (...items) => element(kSequence, ...items);
const octetString = (bytes) => element(kOctetString, bytes);
const bitString = (bytes) => element(kBitString, Buffer.from([0]), bytes);
// A context-specific, explicitly tagged element: [number] { content }.
const explicit = (number, content) => element(0xa0 | number, content);

// A non-negative INTEGER from its big-endian magnitude.
function integer(bytes) {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const magnitude = bytes.subarray(start);
  return element(kInteger, magnitude[0] & 0x80 ? Buffer.from([0]) : Buffer.alloc(0), magnitude);
}

// An OBJECT IDENTIFIER from its dotted form.
function objectIdentifier(dotted) {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let value = arc >>> 7; value > 0; value >>>= 7) groups.unshift(0x80 | (value & 0x7f));
    bytes.push(...groups);
  }
  return element(kObjectIdentifier, Buffer.from(bytes));
}

// Reads the element at `offset`: { tag, contents, end }.
function readElement(bytes, offset = 0) {
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i];
    start += count;
  }
  if (tag === undefined || start + length > bytes.length) throw new Error('Invalid DER');
  return { tag, contents: bytes.subarray(start, start + length), end: start + length };
}

// The elements a constructed element (a SEQUENCE, an explicit tag) contains.
function readChildren(bytes) {
  const children = [];
  for (let offset = 0; offset < bytes.length;) {
    const child = readElement(bytes, offset);
    children.push(child);
    offset = child.end;
  }
  return children;
}

// An OBJECT IDENTIFIER's contents in dotted form.
function dottedObjectIdentifier(contents) {
  const arcs = [Math.floor(contents[0] / 40), contents[0] % 40];
  let value = 0;
  for (const byte of contents.subarray(1)) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  return arcs.join('.');
}

// An INTEGER's contents as an unsigned magnitude without leading zeros.
function unsignedInteger(contents) {
  let start = 0;
  while (start < contents.length - 1 && contents[start] === 0) start++;
  return contents.subarray(start);
}

module.exports = {
  sequence, octetString, bitString, explicit, integer, objectIdentifier, readElement, readChildren, unsignedInteger,
  dottedObjectIdentifier,
};
