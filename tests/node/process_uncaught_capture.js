'use strict';
// process.setUncaughtExceptionCaptureCallback: the callback takes uncaught exceptions and
// unhandled rejections before 'uncaughtException' listeners; process._fatalException.
const p = process;

for (const bad of [1, 'x', {}, undefined]) {
  try {
    p.setUncaughtExceptionCaptureCallback(bad);
  } catch (error) {
    console.log(error.code, error.message);
  }
}
console.log('has', p.hasUncaughtExceptionCaptureCallback());
p.setUncaughtExceptionCaptureCallback(() => {});
try {
  p.setUncaughtExceptionCaptureCallback(() => {});
} catch (error) {
  console.log(error.code, error.message);
}
console.log('has', p.hasUncaughtExceptionCaptureCallback());
p.setUncaughtExceptionCaptureCallback(null);
console.log('has', p.hasUncaughtExceptionCaptureCallback());

p.on('uncaughtExceptionMonitor', (error, origin) => console.log('monitor', error.message, origin));
p.on('uncaughtException', (error, origin) => console.log('listener', error.message, origin));
p.setUncaughtExceptionCaptureCallback((error) => console.log('capture', error.message ?? error));

console.log('fatal handled', p._fatalException(new Error('direct')));
Promise.reject(new Error('rejected'));
// Each step starts the next, so that the order is fixed.
setImmediate(() => {
  setTimeout(() => {
    setTimeout(() => {
      setTimeout(() => {
        p.setUncaughtExceptionCaptureCallback((error) => console.log('second capture', error));
        p.nextTick(() => {
          throw 'a string';
        });
      }, 1);
      p.setUncaughtExceptionCaptureCallback(null);
      throw new Error('after clearing');
    }, 1);
    throw new Error('from a timer');
  }, 1);
  throw new Error('from an immediate');
});
