// child_process.spawnSync: exit codes, signals, outputs, input, cwd, env, shell, stdio kinds,
// timeouts, maxBuffer and spawn failures.
const { spawnSync } = require('child_process');

function show(label, result) {
  const { error, pid, ...rest } = result;
  console.log(label, typeof pid, JSON.stringify(rest), error ? [error.message, error.code, error.errno, error.syscall, error.path, error.spawnargs] : '');
}

show('status 3', spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']));
show('utf8', spawnSync('sh', ['-c', 'printf "héllo"'], { encoding: 'utf8' }));
show('hex', spawnSync('printf', ['AB'], { encoding: 'hex' }));
show('signal', spawnSync('sh', ['-c', 'kill -9 $$']));
show('stdin string', spawnSync('cat', { input: 'from stdin' }));
show('stdin buffer', spawnSync('cat', [], { input: Buffer.from('buffer input'), encoding: 'latin1' }));
show('stdin typed array', spawnSync('wc', ['-c'], { input: new Uint8Array(1000), encoding: 'utf8' }));
show('child ignores input', spawnSync('true', [], { input: 'x'.repeat(5000000) }));
show('cwd', spawnSync('pwd', [], { cwd: '/', encoding: 'utf8' }));
show('env', spawnSync('sh', ['-c', 'echo "$SABLE_TEST_VAR-$UNSET_ONE"'], { env: { SABLE_TEST_VAR: 'set', PATH: process.env.PATH }, encoding: 'utf8' }));
show('shell', spawnSync('echo', ['a  b', 'c'], { shell: true, encoding: 'utf8' }));
show('shell path', spawnSync('echo $0', [], { shell: '/bin/sh', encoding: 'utf8' }));
show('ignore', spawnSync('echo', ['x'], { stdio: 'ignore' }));
show('mixed stdio', spawnSync('sh', ['-c', 'echo o; echo e >&2'], { stdio: ['pipe', 'pipe', 'ignore'], encoding: 'utf8' }));
show('large output', { ...spawnSync('head', ['-c', '300000', '/dev/zero']), stdout: 'omitted', output: 'omitted' });
console.log('large length', spawnSync('head', ['-c', '300000', '/dev/zero']).stdout.length);
show('timeout', spawnSync('sleep', ['5'], { timeout: 50 }));
show('timeout SIGKILL', spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGKILL' }));
show('timeout numeric signal', spawnSync('sleep', ['5'], { timeout: 50, killSignal: 2 }));
const overflow = spawnSync('sh', ['-c', 'head -c 5000 /dev/zero; sleep 5'], { maxBuffer: 100 });
console.log('maxBuffer', overflow.error.code, overflow.error.message, overflow.signal);
show('missing', spawnSync('sable-no-such-command', ['arg']));
show('missing cwd', spawnSync('echo', [], { cwd: '/sable/no/such/dir' }));
show('not executable', spawnSync('/dev/null'));
show('numeric args', spawnSync('echo', [1, true, null], { encoding: 'utf8' }));

for (const [label, fn] of [['file number', () => spawnSync(1)], ['file empty', () => spawnSync('')],
  ['file nul', () => spawnSync('a\0b')], ['arg nul', () => spawnSync('echo', ['a\0'])], ['args string', () => spawnSync('echo', 'x')],
  ['options number', () => spawnSync('echo', [], 5)], ['bad signal', () => spawnSync('echo', [], { killSignal: 'SIGNOPE' })],
  ['bad input', () => spawnSync('cat', [], { input: 5 })]]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}
