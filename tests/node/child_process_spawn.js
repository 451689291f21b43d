// child_process.spawn: events, exit codes and signals, streams, kill, options.
const { spawn } = require('child_process');

function run(name, file, args, options, feed) {
  return new Promise((resolve) => {
    const child = spawn(file, args, options);
    const seen = [];
    let out = '';
    let err = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk) => { out += chunk; });
    child.stderr?.setEncoding('utf8').on('data', (chunk) => { err += chunk; });
    child.on('spawn', () => seen.push('spawn'));
    child.on('error', (error) => seen.push(`error ${error.code} ${error.syscall} ${error.path} ${JSON.stringify(error.spawnargs)}`));
    child.on('exit', (code, signal) => seen.push(`exit ${code} ${signal}`));
    child.on('close', (code, signal) => {
      seen.push(`close ${code} ${signal}`);
      console.log(name, JSON.stringify(out), JSON.stringify(err), seen.join(', '), child.exitCode, child.signalCode, child.killed);
      resolve(child);
    });
    if (feed) feed(child);
  });
}

async function main() {
  await run('echo', 'sh', ['-c', 'echo out; echo err >&2; exit 3']);
  await run('missing', 'no-such-command-here', ['x']);
  await run('cat', 'cat', [], {}, (child) => { child.stdin.write('hello '); child.stdin.end('world'); });
  await run('env', 'sh', ['-c', 'echo "$FOO-$BAR"'], { env: { FOO: 'foo', PATH: process.env.PATH } });
  await run('empty env', '/usr/bin/env', [], { env: {} });
  await run('cwd', 'pwd', [], { cwd: '/' });
  await run('shell', 'echo $((1 + 2)) "$0"', [], { shell: true });
  await run('argv0', 'sh', ['-c', 'echo $0'], { argv0: 'custom-name' });
  await run('kill', 'sleep', ['10'], {}, (child) => setTimeout(() => console.log('kill returned', child.kill()), 20));
  await run('kill SIGKILL', 'sleep', ['10'], {}, (child) => child.on('spawn', () => child.kill('SIGKILL')));
  await run('ignore', 'sh', ['-c', 'echo hidden'], { stdio: 'ignore' });
  await run('stdio array', 'sh', ['-c', 'echo a; echo b >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
  await run('timeout', 'sleep', ['10'], { timeout: 30 });
  const controller = new AbortController();
  await run('abort', 'sleep', ['10'], { signal: controller.signal }, () => setTimeout(() => controller.abort(), 20));

  // A large output through a pipe, read in chunks.
  const big = spawn(process.execPath, ['-e', 'process.stdout.write("x".repeat(1 << 20))']);
  let bytes = 0;
  big.stdout.on('data', (chunk) => { bytes += chunk.length; });
  await new Promise((resolve) => big.on('close', resolve));
  console.log('big', bytes);

  // One child's output piped into another's input.
  const producer = spawn('sh', ['-c', 'printf "3\\n1\\n2\\n"']);
  const sorter = spawn('sort');
  producer.stdout.pipe(sorter.stdin);
  let sorted = '';
  sorter.stdout.on('data', (chunk) => { sorted += chunk; });
  await new Promise((resolve) => sorter.on('close', resolve));
  console.log('sorted', JSON.stringify(sorted));

  const child = spawn('true');
  console.log(typeof child.pid, child.spawnfile, child.spawnargs, child.stdio.length, child.connected);
  await new Promise((resolve) => child.on('close', resolve));
  console.log('after exit kill', child.kill());

  for (const bad of [[1], ['x', 'notarray'], ['x', [], { stdio: 'bogus' }], ['x', [], { killSignal: 'SIGNOPE' }],
    ['x', [], { timeout: -1 }], ['x', [], { cwd: 'a\0b' }], [''], ['x', [], { signal: {} }]]) {
    try { spawn(...bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
}
main();
