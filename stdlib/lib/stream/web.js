'use strict';
// node:stream/web: the WHATWG Streams classes (internal/webstreams/), also globals.

const readable = require('internal/webstreams/readable_stream');
const bytes = require('internal/webstreams/readable_byte_stream');
const writable = require('internal/webstreams/writable_stream');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transform_stream');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/queuing_strategies');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding_streams');
const { CompressionStream, DecompressionStream } = require('internal/webstreams/compression_streams');

module.exports = {
  ReadableStream: readable.ReadableStream,
  ReadableStreamDefaultReader: readable.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: bytes.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: bytes.ReadableStreamBYOBRequest,
  ReadableByteStreamController: bytes.ReadableByteStreamController,
  ReadableStreamDefaultController: readable.ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream: writable.WritableStream,
  WritableStreamDefaultWriter: writable.WritableStreamDefaultWriter,
  WritableStreamDefaultController: writable.WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};
