// Readable _construct: reads wait until it calls back; errors destroy; destroy while pending.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({
  objectMode: true,
  construct(cb) {
    log('construct starts');
    setImmediate(() => {
      log('construct done');
      cb();
    });
  },
  read() {
    log('_read');
    this.push('value');
    this.push(null);
  },
});
log('read before construct', r.read());
r.on('data', (d) => log('data', d));
r.on('end', () => {
  log('end');
  failing();
});

function failing() {
  const f = new Readable({ construct(cb) { cb(new Error('cannot construct')); }, read() { log('never read'); } });
  f.on('error', (err) => log('f error', err.message));
  f.on('close', () => {
    log('f close');
    destroyedEarly();
  });
  f.resume();
}

function destroyedEarly() {
  const d = new Readable({
    construct(cb) {
      setImmediate(() => {
        log('construct finished after destroy');
        cb();
      });
    },
    read() {},
    destroy(err, cb) {
      log('_destroy runs after construct');
      cb(err);
    },
  });
  d.on('close', () => log('d close'));
  d.destroy();
  log('destroyed flag', d.destroyed);
}
