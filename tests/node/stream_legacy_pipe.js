// The legacy Stream base class: an EventEmitter whose pipe forwards 'data' and 'end'.
const { Stream, Writable, Readable } = require('stream');
const EventEmitter = require('events');
const log = (...a) => console.log(...a);

const source = new Stream();
log(source instanceof EventEmitter, typeof source.pipe, source.readable);
source.readable = true;
const received = [];
const dest = new Writable({
  objectMode: true,
  highWaterMark: 1,
  write(chunk, encoding, cb) {
    received.push(chunk);
    setImmediate(cb);
  },
});
source.pause = () => log('source paused');
source.resume = () => log('source resumed');
dest.on('pipe', (src) => log('pipe event', src === source));
dest.on('finish', () => log('dest finished', JSON.stringify(received)));
log('pipe returns dest', source.pipe(dest) === dest);
source.emit('data', 'one');
source.emit('data', 'two');
setImmediate(() => {
  source.emit('data', 'three');
  source.emit('end');
});

const wrapped = new Readable({ objectMode: true }).wrap(Object.assign(new Stream(), { readable: true }));
log('wrap returns a Readable', wrapped instanceof Readable);
