// Transform and PassThrough: _transform, flush, push of several outputs, errors.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const upper = new Transform({
  objectMode: true,
  transform(chunk, encoding, cb) {
    if (chunk === 'skip') return cb();
    if (chunk === 'twice') {
      this.push('t1');
      this.push('t2');
      return cb();
    }
    cb(null, String(chunk).toUpperCase());
  },
  flush(cb) {
    log('flush');
    cb(null, 'END');
  },
});
for (const e of ['prefinish', 'finish', 'end', 'close']) upper.on(e, () => log('upper', e));
upper.on('data', (d) => log('data', d));
upper.write('a');
upper.write('skip');
upper.write('twice');
upper.end('b');

const failing = new Transform({
  objectMode: true,
  transform(chunk, encoding, cb) {
    cb(chunk === 'bad' ? new Error('bad chunk') : null, chunk);
  },
});
failing.on('error', (err) => log('failing error', err.message, failing.destroyed));
failing.on('close', () => log('failing close'));
failing.on('data', (d) => log('failing data', d));
failing.write('good');
failing.write('bad', (err) => log('write cb', err && err.message));

const pt = new PassThrough({ objectMode: true });
pt.end('through');
pt.on('data', (d) => log('pt data', d));
pt.on('end', () => log('pt end'));

const noImpl = new Transform({ objectMode: true });
try {
  noImpl.write('x');
} catch (err) {
  log('no transform:', err.code, err.message);
}

const flushErr = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
flushErr.on('error', (err) => log('flush error', err.message));
flushErr.resume();
flushErr.end('last');
log('constructed', upper instanceof require('stream').Duplex, pt instanceof Transform);
