// tty.isatty on pipes, files and invalid descriptors (the test's stdio is never a terminal under
// the test runner); worker_threads on the main thread.
const tty = require('tty');

// Under the test runner stdin/stdout are pipes or files, never terminals.
console.log(tty.isatty(1), tty.isatty(0) === false || process.stdin.isTTY === true);
for (const fd of [-1, 1.5, '1', null, undefined, 2 ** 31, 987654]) console.log(JSON.stringify(fd), tty.isatty(fd));
for (const name of ['ReadStream', 'WriteStream']) console.log(name, typeof tty[name]);

const workers = require('worker_threads');
console.log(workers.isMainThread, workers.threadId, workers.parentPort, workers.workerData);
console.log(workers.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'), typeof workers.Worker);
workers.setEnvironmentData('key', { a: 1 });
console.log(workers.getEnvironmentData('key'), workers.getEnvironmentData('missing'));
workers.setEnvironmentData('key', undefined);
console.log(workers.getEnvironmentData('key'));
console.log(workers.markAsUntransferable({}));
