// Byte streams through pipeline: highWaterMark in bytes, _read sizes, writev batches of Buffers,
// a string Transform with flush, read(n) across chunks, and setEncoding after buffering.
const { Readable, Writable, Transform, pipeline } = require('stream');
const log = (...a) => console.log(...a);
let i = 0;
const src = new Readable({ highWaterMark: 5, read(n) { log('_read', n); this.push(i < 4 ? 'abcd'.repeat(i + 1) : null); i++; } });
const dst = new Writable({ highWaterMark: 6, writev(chunks, cb) { log('writev', chunks.length, chunks.map(c => String(c.chunk)).join('|'), chunks.allBuffers); setImmediate(cb); }, write(c, e, cb) { log('write', String(c)); setImmediate(cb); } });
const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); }, flush(cb) { this.push('!'); cb(); } });
pipeline(src, up, dst, (err) => log('done', err));
const r = new Readable({ read() {} });
r.push('abc'); r.push('defg'); r.push('hi');
log(String(r.read(5)), String(r.read(1)), r.read(10), r.readableLength);
r.push(null);
log(String(r.read(10)));
r.setEncoding('base64');
const q = new Readable({ read() {} }); q.push('hello'); q.setEncoding('hex'); log(q.read());
