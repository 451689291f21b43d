'use strict';
// node:stream/consumers: a whole stream (a Node stream, a web ReadableStream, any async
// iterable of chunks) read to its end as one value.

const { Buffer } = require('buffer');
const { Blob } = require('internal/blob');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

// Byte chunks are decoded as UTF-8, a character split across chunks kept whole.
async function text(stream) {
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) result += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return result + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
