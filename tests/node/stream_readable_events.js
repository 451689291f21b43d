// Readable event order: 'data', 'end', 'close' and their nextTick deferrals, in flowing mode.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

function make(name, chunks, options = {}) {
  const r = new Readable({ objectMode: true, ...options, read() {} });
  for (const event of ['data', 'end', 'close', 'pause', 'resume', 'readable']) {
    if (event === 'readable' || event === 'data') continue;
    r.on(event, () => log(name, event));
  }
  return r;
}

const a = make('a', []);
a.on('data', (d) => log('a data', d));
a.push(1);
a.push(2);
a.push(null);
log('a sync: flowing', a.readableFlowing, 'length', a.readableLength);
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('microtask 1'));

const b = make('b', []);
b.push('x');
log('b isPaused', b.isPaused(), 'flowing', b.readableFlowing);
setImmediate(() => {
  log('b attaching data');
  b.on('data', (d) => {
    log('b data', d);
    if (d === 'y') b.push(null);
  });
  b.on('close', runD);
  b.push('y');
  log('b after push: length', b.readableLength);
});

const c = make('c', [], { emitClose: false });
c.on('data', (d) => log('c data', d));
c.push('only');
c.push(null);

function runD() {
  const d = make('d', []);
  d.on('data', (x) => {
    log('d data', x);
    if (x === 1) {
      d.pause();
      log('d paused', d.isPaused());
      setImmediate(() => d.resume());
    }
  });
  d.push(1);
  d.push(2);
  d.push(3);
  d.push(null);
  d.on('close', runE);
}

function runE() {
  const e = make('e', []);
  e.pause();
  e.on('data', (x) => log('e data', x));
  log('e flowing after pause+on', e.readableFlowing);
  e.push('q');
  setImmediate(() => {
    log('e length', e.readableLength);
    e.resume();
    e.push(null);
  });
}
