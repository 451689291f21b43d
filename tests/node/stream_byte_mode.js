// Byte streams: strings, Buffers and Uint8Arrays become Buffers; read(n) across chunks,
// decodeStrings, encodings, setEncoding over split UTF-8 sequences, and encoding errors.
const { Readable, Writable, PassThrough, Transform } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.push('hello ');
r.push(Buffer.from('world'));
r.push(new Uint8Array([33, 10]));
r.push(null);
log('length', r.readableLength, 'hwm', r.readableHighWaterMark);
log(r.read(3), r.read(4), String(r.read()));
const w = new Writable({ write(c, e, cb) { log('write', Buffer.isBuffer(c), String(c), e); cb(); } });
w.write('abc'); w.write('616263', 'hex'); w.write(Buffer.from('x'));
const w2 = new Writable({ decodeStrings: false, write(c, e, cb) { log('w2', typeof c, c, e); cb(); } });
w2.write('abc'); w2.write('zz', 'latin1');
const p = new PassThrough();
p.setEncoding('utf8');
p.on('data', (d) => log('data', typeof d, JSON.stringify(d)));
p.write(Buffer.from([0xe2, 0x82])); p.write(Buffer.from([0xac, 0x41])); p.end();
const enc = new Readable({ encoding: 'hex', read() {} }); enc.push('AB'); enc.push(null); enc.on('data', (d) => log('hex', d));
try { w.write(5) } catch (e) { log(e.code, e.message) }
try { w.write('a', 'bogus') } catch (e) { log(e.code, e.message) }
try { w.setDefaultEncoding('nope') } catch (e) { log(e.code, e.message) }
log(w.setDefaultEncoding('HEX') === w, w._writableState.defaultEncoding);
(async () => { const chunks = []; for await (const c of Readable.from([Buffer.from('a'), Buffer.from('b')], { objectMode: false })) chunks.push(String(c)); log(chunks); })();
const rr = new Readable({ read() {} }); rr.push('abcdef'); rr.unshift('XY'); log(String(rr.read(3)), String(rr.read()));
log(Readable.from('str').readableObjectMode, Readable.from(Buffer.from('b')).readableObjectMode);
