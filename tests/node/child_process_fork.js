// child_process.fork: the IPC channel, messages both ways, disconnect, silent children.
const { fork } = require('child_process');
const path = require('path');
const fixture = (name) => path.join(__dirname, 'fixtures', 'child_process_fork', name);

function collect(child, label) {
  return new Promise((resolve) => {
    child.on('message', (message) => console.log(label, 'message', JSON.stringify(message)));
    child.on('disconnect', () => console.log(label, 'disconnect', child.connected));
    child.on('exit', (code, signal) => console.log(label, 'exit', code, signal));
    child.on('close', (code) => { console.log(label, 'close', code); resolve(); });
  });
}

async function main() {
  const child = fork(fixture('echo_child.js'), ['one', 'two']);
  console.log(typeof child.send, child.connected, typeof child.channel, child.stdio, path.basename(child.spawnargs.at(-3)));
  const done = collect(child, 'echo');
  try { child.send(); } catch (error) { console.log(error.code, error.message); }
  let count = 0;
  child.on('message', () => {
    if (++count === 1) {
      child.send([1, { nested: 'x' }, 'three']);
      child.send(null);
      child.send(42, (error) => console.log('send callback', error));
      child.send('exit');
    }
  });
  await done;
  child.send('late', (error) => console.log('late send', error.code, error.message));
  await new Promise((resolve) => setTimeout(resolve, 10));

  const silent = fork(fixture('silent_child.js'), [], { silent: true });
  let out = '';
  let err = '';
  silent.stdout.on('data', (chunk) => { out += chunk; });
  silent.stderr.on('data', (chunk) => { err += chunk; });
  await collect(silent, 'silent');
  console.log(JSON.stringify(out), JSON.stringify(err));

  await collect(fork(fixture('quiet_child.js')), 'quiet');

  const crashing = fork(fixture('echo_child.js'), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let crashOutput = '';
  crashing.stderr.on('data', (chunk) => { crashOutput += chunk; });
  crashing.once('message', () => crashing.send('crash'));
  await collect(crashing, 'crash');
  console.log(crashOutput.includes('child crashed'));

  try { fork(fixture('echo_child.js'), [], { stdio: ['pipe', 'pipe', 'pipe'] }); } catch (error) { console.log(error.code, error.message); }
  try { fork(5); } catch (error) { console.log(error.code); }
}
main();
