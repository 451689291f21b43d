// stream.isReadable / isWritable / isErrored / isDestroyed / isDisturbed and
// getDefaultHighWaterMark, following a stream through its life.
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
const log = (...a) => console.log(...a);

function state(label, s) {
  log(label, stream.isReadable(s), stream.isWritable(s), stream.isErrored(s), stream.isDestroyed(s), stream.isDisturbed(s));
}

const r = new Readable({ objectMode: true, read() {} });
state('fresh readable', r);
r.push('x');
r.read();
state('after read', r);
r.push(null);
r.resume();
r.on('end', () => {
  state('ended', r);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  state('fresh writable', w);
  w.end();
  state('ending writable', w);
  w.on('finish', () => {
    state('finished writable', w);
    const p = new PassThrough();
    state('fresh passthrough', p);
    p.on('error', () => {});
    p.destroy(new Error('x'));
    state('destroyed with error', p);
    setImmediate(() => {
      state('after error emitted', p);
      log(stream.isReadable({}), stream.isWritable({}), stream.isDestroyed({}));
      log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
      log(typeof stream.Stream, stream.Stream === stream, typeof stream.promises.pipeline, typeof stream.destroy);
    });
  });
});
