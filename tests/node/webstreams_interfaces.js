// The shape of stream/web: the globals are the module's classes, each prototype's members
// (enumerable, in order), Symbol.toStringTag, constructor lengths, how instances inspect, and
// the queuing strategies.
const web = require('stream/web');
const util = require('util');

console.log(Object.keys(web).join());
for (const [name, Class] of Object.entries(web)) {
  const tag = Object.getOwnPropertyDescriptor(Class.prototype, Symbol.toStringTag);
  const members = Object.getOwnPropertyNames(Class.prototype).filter((key) => key !== 'constructor')
    .map((key) => `${key}${Object.getOwnPropertyDescriptor(Class.prototype, key).enumerable ? '' : '(hidden)'}`);
  console.log(name, globalThis[name] === Class, Class.length, tag ? `${tag.value}/${tag.writable}/${tag.configurable}` : '-', members.join());
}
console.log(typeof ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
console.log(require('node:stream/web') === web);

const byteLength = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const count = new CountQueuingStrategy({ highWaterMark: '3' });
console.log(byteLength.highWaterMark, byteLength.size(new Uint8Array(5)), byteLength.size({ byteLength: 7 }), byteLength.size.name);
console.log(count.highWaterMark, count.size(), count.size('anything'), count.size.name, count.size === new CountQueuingStrategy({ highWaterMark: 1 }).size);
console.log(util.inspect(byteLength), util.inspect(count), Object.prototype.toString.call(count));
for (const [label, fn] of [['no init', () => new CountQueuingStrategy()], ['no hwm', () => new ByteLengthQueuingStrategy({})],
  ['brand', () => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({})],
  ['null init', () => new CountQueuingStrategy(null)]]) {
  try { fn(); console.log(label, 'ok'); } catch (error) { console.log(label, error.name, error.code, error.message); }
}
// A strategy's size is used as given by the streams.
const stream = new ReadableStream({ start(c) { c.enqueue(new Uint8Array(10)); console.log('desired', c.desiredSize); } }, byteLength);

const reader = new ReadableStream().getReader();
console.log(util.inspect(reader));
const writer = new WritableStream().getWriter();
console.log(util.inspect(writer));
console.log(util.inspect(new ReadableStream({ type: 'bytes' })), util.inspect(stream));
console.log(util.inspect(new TextEncoderStream()));
console.log(util.inspect(new TextDecoderStream()));
console.log(util.inspect({ nested: { deeper: new ReadableStream() } }, { depth: 0 }));
const byteStream = new ReadableStream({ type: 'bytes', start(controller) { globalThis.byteController = controller; } });
const byobReader = byteStream.getReader({ mode: 'byob' });
byobReader.read(new Uint8Array(2));
console.log(util.inspect(byobReader));
console.log(util.inspect(globalThis.byteController), util.inspect(globalThis.byteController.byobRequest));
new ReadableStream({ start(controller) { console.log(util.inspect(controller)); } });
new WritableStream({ start(controller) { console.log(util.inspect(controller)); } });
