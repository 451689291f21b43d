// Signal events: listeners get (name, number), the watcher keeps the loop alive while
// listening, process.kill sends signals and reports errors.
const os = require('os');

console.log('kill with signal 0:', process.kill(process.pid, 0));
for (const [label, action] of [
  ['unknown signal', () => process.kill(process.pid, 'SIGFOO')],
  ['pid not a number', () => process.kill('x')],
  ['no such process', () => process.kill(2147483647, 0)],
]) {
  try {
    action();
  } catch (error) {
    console.log(label, error.code, error.message, error.syscall);
  }
}

const order = [];
process.on('SIGUSR2', function first(name, number) {
  order.push(`first ${name} ${number === os.constants.signals.SIGUSR2}`);
});
process.once('SIGUSR2', (name) => {
  order.push(`once ${name}`);
});
process.kill(process.pid, 'SIGUSR2');
console.log('listeners before delivery:', process.listenerCount('SIGUSR2'));

// The signal arrives on the loop: wait for it with a timer as a fallback so the test ends.
const fallback = setTimeout(() => console.log('signal never arrived'), 5000);
const poll = setInterval(() => {
  if (order.length < 2) return;
  clearInterval(poll);
  clearTimeout(fallback);
  console.log('delivered:', order);
  console.log('listeners after once:', process.listenerCount('SIGUSR2'));
  process.removeAllListeners('SIGUSR2');
  process.on('SIGHUP', () => console.log('SIGHUP by number'));
  process.kill(process.pid, os.constants.signals.SIGHUP);
}, 10);
// While it listens for SIGHUP the process stays alive; removing the listeners lets it end.
process.on('SIGHUP', () => {
  process.removeAllListeners('SIGHUP');
  console.log('no more listeners:', process.listenerCount('SIGHUP'));
});
