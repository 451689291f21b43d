// node:stream/consumers: text, json, buffer, arrayBuffer and blob of Node streams, async
// iterables, string chunks and multi-byte characters split across chunks; plus the old module
// names (_stream_*, sys) and their warnings.
const consumers = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

process.on('warning', (warning) => console.log('warning', warning.name, warning.code, warning.message));

const euro = Buffer.from('€ and ü');
async function* pieces() {
  yield euro.subarray(0, 1);
  yield euro.subarray(1, 5);
  yield euro.subarray(5);
}

(async () => {
  console.log(Object.keys(consumers));
  console.log('text', await consumers.text(Readable.from(['a', 'b', 'c'])));
  console.log('text split', await consumers.text(pieces()));
  console.log('text of bytes', await consumers.text(Readable.from([Buffer.from('xy'), new Uint8Array([0x7a])])));
  console.log('json', await consumers.json(Readable.from(['{"a":', '[1,2', ',3]}'])));
  try {
    await consumers.json(Readable.from(['{bad']));
  } catch (error) {
    console.log('json error', error.name);
  }
  const buffer = await consumers.buffer(pieces());
  console.log('buffer', Buffer.isBuffer(buffer), buffer.toString());
  const arrayBuffer = await consumers.arrayBuffer(Readable.from([Buffer.from([1, 2]), Buffer.from([3])]));
  console.log('arrayBuffer', arrayBuffer instanceof ArrayBuffer, new Uint8Array(arrayBuffer));
  const blob = await consumers.blob(Readable.from(['blob ', 'text']));
  console.log('blob', blob instanceof Blob, blob.size, blob.type, await blob.text());
  console.log('empty', JSON.stringify(await consumers.text(Readable.from([]))), (await consumers.buffer(Readable.from([]))).length);
  const later = new PassThrough();
  setTimeout(() => later.end('late data'), 10);
  console.log('waits for the end', await consumers.text(later));
  const failing = new Readable({ read() { this.destroy(new Error('boom')); } });
  try {
    await consumers.text(failing);
  } catch (error) {
    console.log('stream error', error.message);
  }
  console.log('web stream text', await consumers.text(ReadableStream.from(['we', 'b'])));
  console.log('web stream json', await consumers.json(new Blob(['{"x":', '1}']).stream()));
  const stream = require('stream');
  console.log('aliases', require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
    require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
    require('_stream_passthrough') === stream.PassThrough, require('node:_stream_readable') === stream.Readable);
  console.log('sys is util', require('sys') === require('util'), require('sys') === require('node:sys'));
})();
