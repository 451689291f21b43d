// How console.log and util.inspect show buffers: hex bytes, the 50-byte limit, extra properties.
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(60));
console.log([Buffer.from('a'), Buffer.from('bc')]);
console.log({ data: Buffer.from('xyz'), nested: { deep: Buffer.from([1, 2]) } });
const extra = Buffer.from('ab');
extra.label = 'tagged';
extra.count = 2;
console.log(extra);
const empty = Buffer.alloc(0);
empty.x = 1;
console.log(empty);
console.log(util.inspect(Buffer.from('inspect me')));
console.log(util.format('%s | %o', Buffer.from('fmt'), Buffer.from('o')));
console.log(Buffer.from('custom')[util.inspect.custom]());
buffer.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('limited output'), buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('none'));
buffer.INSPECT_MAX_BYTES = 50;
class MyBuffer extends Buffer {}
console.log(Object.setPrototypeOf(Buffer.from('sub'), MyBuffer.prototype));
console.log(new Uint8Array(Buffer.from('typed')));
console.log(String(Buffer.from('str')), [String(Buffer.from([0x41]))]);
