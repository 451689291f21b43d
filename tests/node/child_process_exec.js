// child_process.exec and execFile: collected output, failures, maxBuffer, timeouts, promisify.
const { exec, execFile } = require('child_process');
const util = require('util');

function describe(error) {
  if (error === null) return 'null';
  return JSON.stringify({ name: error.name, message: error.message, code: error.code, killed: error.killed,
    signal: error.signal, cmd: error.cmd, syscall: error.syscall, path: error.path, spawnargs: error.spawnargs });
}

function step(name, start) {
  return new Promise((resolve) => {
    start((error, stdout, stderr) => {
      console.log(name, describe(error), JSON.stringify(stdout), JSON.stringify(stderr));
      resolve();
    });
  });
}

async function main() {
  await step('exec ok', (done) => exec('echo hello; echo warn >&2', done));
  await step('exec status', (done) => exec('echo partial; echo bad >&2; exit 2', done));
  await step('exec env', (done) => exec('echo $GREETING', { env: { GREETING: 'hi there' } }, done));
  await step('exec cwd', (done) => exec('pwd', { cwd: '/tmp' }, done));
  await step('exec shell', (done) => exec('echo $0', { shell: '/bin/sh' }, done));
  await step('exec signal', (done) => exec('kill -TERM $$', done));
  await step('exec timeout', (done) => exec('sleep 5', { timeout: 40 }, done));
  await step('exec timeout SIGKILL', (done) => exec('sleep 5', { timeout: 40, killSignal: 'SIGKILL' }, done));
  await step('exec maxBuffer', (done) => exec('yes | head -c 100000', { maxBuffer: 10 }, done));
  await step('exec buffer', (done) => exec('printf abc', { encoding: 'buffer' }, done));
  await step('exec latin1', (done) => exec('printf "\\351t\\351"', { encoding: 'latin1' }, done));
  await step('execFile ok', (done) => execFile('printf', ['%s-%s', 'a', 'b'], done));
  await step('execFile no args', (done) => execFile('true', done));
  await step('execFile missing', (done) => execFile('no-such-binary-x', ['--flag'], done));
  await step('execFile status', (done) => execFile('sh', ['-c', 'exit 7'], {}, done));
  await step('execFile node', (done) => execFile(process.execPath, ['-e', 'console.log(6 * 7)'], done));

  const execAsync = util.promisify(exec);
  console.log(await execAsync('echo promised'));
  try {
    await execAsync('echo out; exit 4');
  } catch (error) {
    console.log('rejected', error.code, JSON.stringify(error.stdout), JSON.stringify(error.stderr), Object.keys(error));
  }
  const execFileAsync = util.promisify(execFile);
  const promise = execFileAsync('echo', ['file', 'promised']);
  console.log(typeof promise.child.pid);
  console.log(await promise);

  const child = exec('cat', (error, stdout) => console.log('cat', error, JSON.stringify(stdout)));
  child.stdin.end('fed through stdin');
  await new Promise((resolve) => child.on('close', resolve));

  for (const bad of [[1], ['x', { maxBuffer: -1 }], ['x', 'notfunction']]) {
    try { exec(...bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
