// The zlib internals npm's tar (minizlib) relies on: _handle and its close/params/onerror,
// _processChunk(chunk, flushFlag) done synchronously (and with a callback), Buffer.concat looked
// up at call time, _finishFlushFlag, _closed, bytesWritten, the info option, and constructors
// called without new.
const zlib = require('zlib');
const { constants } = zlib;

const gzip = new zlib.Gzip({ level: 9 });
console.log('handle', typeof gzip._handle.close, typeof gzip._handle.params, typeof gzip._handle.writeSync,
  typeof gzip._handle.write, typeof gzip._handle.reset, typeof gzip._handle.onerror, gzip._finishFlushFlag);

// minizlib keeps the handle open across _processChunk calls by making close a no-op for a while.
const nativeHandle = gzip._handle;
const realClose = nativeHandle.close;
nativeHandle.close = () => {};
const realConcat = Buffer.concat;
Buffer.concat = (list) => list;
const outputs = [];
for (const [piece, flush] of [['first ', constants.Z_NO_FLUSH], ['second ', constants.Z_SYNC_FLUSH],
  ['x'.repeat(40000), constants.Z_NO_FLUSH], ['third', constants.Z_FINISH]]) {
  const result = gzip._processChunk(Buffer.from(piece), flush);
  gzip._handle = nativeHandle;
  const list = Array.isArray(result) ? result : [result];
  console.log('chunk', piece.length, flush, Array.isArray(result), list.reduce((sum, buffer) => sum + buffer.length, 0) > 0,
    gzip.bytesWritten);
  outputs.push(...list.map((buffer) => Buffer.from(buffer)));
}
Buffer.concat = realConcat;
nativeHandle.close = realClose;
const whole = zlib.gunzipSync(Buffer.concat(outputs)).toString();
console.log('round trip', whole.length, whole.startsWith('first second xx'), whole.endsWith('third'));
gzip._handle.close();
gzip._handle = null;
console.log('closed', gzip._closed);

// Errors from a synchronous _processChunk are thrown and go to onerror.
const gunzip = zlib.Gunzip();
console.log('without new', gunzip instanceof zlib.Gunzip, gunzip instanceof require('stream').Transform);
const onerror = gunzip._handle.onerror;
gunzip._handle.onerror = function (message, errno, code) {
  console.log('onerror', message, errno, code);
  return onerror.call(this, message, errno, code);
};
gunzip.on('error', (error) => console.log('error event', error.code));
try {
  gunzip._processChunk(Buffer.from('bad data'), constants.Z_FINISH);
} catch (error) {
  console.log('thrown', error.code, error.errno, error.message);
}

// params through the handle, as minizlib calls it after a sync flush.
const deflate = zlib.createDeflate();
deflate._handle.params(0, constants.Z_DEFAULT_STRATEGY);
console.log('handle params ok', deflate._processChunk(Buffer.from('stored'), constants.Z_FINISH).toString('hex'));

// _processChunk with a callback pushes the output.
const async = zlib.createInflate();
async.on('data', (chunk) => console.log('async _processChunk data', chunk.toString()));
async._processChunk(zlib.deflateSync('callback form'), constants.Z_FINISH, () => {
  console.log('async _processChunk done');
  // The one-shot callback form with info, once the chunk above is done.
  zlib.gzip('async info', { info: true }, (error, result) => {
    console.log('async info', error, Object.keys(result), result.engine.constructor.name, result.engine.bytesWritten);
  });
});

// info: the one-shot functions give the engine too.
const info = zlib.deflateSync('with info', { info: true });
console.log('info', Object.keys(info), info.engine instanceof zlib.Deflate, info.buffer.length, info.engine._closed);
