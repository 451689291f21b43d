// zlib streams as async resources (ZLIB): their callbacks and events run in the AsyncLocalStorage
// store current when the stream was made; the one-shot callback form too.
const { AsyncLocalStorage, createHook } = require('async_hooks');
const zlib = require('zlib');

const als = new AsyncLocalStorage();
const types = new Set();
createHook({ init(id, type) { if (type === 'ZLIB') types.add(type); } }).enable();

als.run('sync store', () => console.log('sync in', als.getStore(), zlib.gzipSync('z').length));
als.run('stream store', () => {
  const gz = zlib.createGzip();
  gz.on('data', () => console.log('data in', als.getStore()));
  gz.on('end', () => {
    console.log('end in', als.getStore());
    als.run('one-shot store', () => {
      zlib.deflate('y', (error, result) => {
        console.log('callback in', als.getStore(), result.length);
        als.run('brotli store', () => {
          zlib.brotliCompress('b', (error2, packed) => console.log('brotli callback in', als.getStore(), packed.length > 0));
        });
      });
    });
  });
  gz.end('x');
});
console.log('outside', als.getStore());
process.on('exit', () => console.log('types', [...types]));
