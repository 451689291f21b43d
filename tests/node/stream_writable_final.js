// _final: runs once before 'finish', may be asynchronous, errors, and construct.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  objectMode: true,
  construct(cb) {
    log('construct');
    setImmediate(() => {
      log('construct done');
      cb();
    });
  },
  write(chunk, encoding, cb) {
    log('write', chunk);
    cb();
  },
  final(cb) {
    log('final, writableFinished', this.writableFinished);
    setImmediate(cb);
  },
});
for (const e of ['prefinish', 'finish', 'close']) w.on(e, () => log('event', e));
log('write before construct', w.write('early'));
w.end('last', () => {
  log('end callback');
  failing();
});

function failing() {
  const f = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  f.on('error', (err) => log('f error', err.message, f.destroyed));
  f.on('finish', () => log('never finish'));
  f.on('close', () => {
    log('f close');
    constructFails();
  });
  f.end('x', (err) => log('f end callback', err && err.message));
}

function constructFails() {
  const g = new Writable({
    construct(cb) { cb(new Error('construct failed')); },
    write(chunk, encoding, cb) { cb(); },
  });
  g.on('error', (err) => log('g error', err.message));
  g.on('close', () => {
    log('g close');
    throwingFinal();
  });
}

function throwingFinal() {
  const h = new Writable({ write(c, e, cb) { cb(); }, final() { throw new Error('final threw'); } });
  h.on('error', (err) => log('h error', err.message));
  h.on('close', () => log('h close'));
  h.end();
}
