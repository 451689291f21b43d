// zlib streams: flush() kinds and callbacks, params() between writes, reset(), close(), and what
// each leaves in the output.
const zlib = require('zlib');

function collect(stream) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  return chunks;
}

const steps = [
  // A sync flush makes everything written so far decodable.
  (next) => {
    const deflate = zlib.createDeflate();
    const chunks = collect(deflate);
    deflate.write('hello hello hello');
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const sofar = Buffer.concat(chunks);
      console.log('sync flush', sofar.toString('hex'), sofar.subarray(-4).toString('hex'));
      console.log('partial inflate', zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
      deflate.end(' world');
      deflate.on('end', () => {
        console.log('whole', zlib.inflateSync(Buffer.concat(chunks)).toString());
        next();
      });
    });
  },
  // flush() with no kind uses the full flush; flush(callback) too.
  (next) => {
    const gzip = zlib.createGzip();
    const chunks = collect(gzip);
    gzip.write('abc');
    gzip.flush(() => {
      console.log('full flush', Buffer.concat(chunks).length, gzip._defaultFullFlushFlag);
      gzip.flush();
      gzip.end();
      gzip.on('end', () => {
        console.log('after flushes', zlib.gunzipSync(Buffer.concat(chunks)).toString());
        gzip.flush(() => { console.log('flush after end calls back'); next(); });
      });
    });
  },
  // params(): level 0 stores, level 9 compresses; the change takes effect for later writes.
  (next) => {
    const deflate = zlib.createDeflate({ level: 9 });
    const chunks = collect(deflate);
    const repeated = 'z'.repeat(2000);
    deflate.write(repeated);
    deflate.params(0, zlib.constants.Z_DEFAULT_STRATEGY, () => {
      const before = Buffer.concat(chunks).length;
      console.log('after params', deflate._level, deflate._strategy, before < 100);
      deflate.write(repeated);
      deflate.end();
      deflate.on('end', () => {
        const all = Buffer.concat(chunks);
        console.log('stored part is big', all.length - before > 2000, zlib.inflateSync(all).toString() === repeated + repeated);
        next();
      });
    });
  },
  (next) => {
    const deflate = zlib.createDeflate();
    for (const args of [[10, 0], [1, 9], ['1', 0]]) {
      try {
        deflate.params(...args, () => {});
      } catch (error) {
        console.log('params', args.join(), error.code, error.message);
      }
    }
    deflate.params(-1, 0, () => { console.log('same params call back'); deflate.close(next); });
  },
  // As in Node, params() changes deflate and raw deflate streams only (gzip keeps its level).
  (next) => {
    const names = ['createGzip', 'createDeflate', 'createDeflateRaw'];
    const sizes = {};
    for (const name of names) {
      const stream = zlib[name]({ level: 9 });
      const chunks = collect(stream);
      stream.write('z'.repeat(5000));
      stream.params(0, 0, () => stream.end('y'.repeat(5000)));
      stream.on('end', () => {
        sizes[name] = Buffer.concat(chunks).length;
        if (Object.keys(sizes).length < names.length) return;
        for (const each of names) console.log(each, 'after params(0)', sizes[each]);
        next();
      });
    }
  },
  // reset(): a fresh stream with the same options.
  (next) => {
    const inflate = zlib.createInflate();
    const chunks = collect(inflate);
    const packed = zlib.deflateSync('first');
    inflate.write(packed.subarray(0, 5), () => {
      inflate.reset();
      inflate.end(zlib.deflateSync('second'));
      inflate.on('end', () => { console.log('after reset', Buffer.concat(chunks).toString()); next(); });
    });
  },
  // close(): the handle goes, close(callback) is called, later reset() fails.
  (next) => {
    const gzip = zlib.createGzip();
    console.log('closed before', gzip._closed);
    gzip.close(() => {
      console.log('close callback', gzip._closed, gzip.destroyed, gzip._handle);
      try {
        gzip.reset();
      } catch (error) {
        console.log('reset after close', error.code, error.message.split('\n')[0]);
      }
      next();
    });
  },
];
(function run(index) {
  if (index < steps.length) steps[index](() => run(index + 1));
})(0);
