// child_process.execSync and execFileSync: outputs, encodings, failures as errors, stderr.
const { execSync, execFileSync } = require('child_process');

console.log(JSON.stringify(execSync('echo exec; echo to-stderr >&2', { stdio: 'pipe' }).toString()));
console.log(JSON.stringify(execSync('printf "%s" "$0"', { encoding: 'utf8', shell: '/bin/sh' })));
console.log(JSON.stringify(execSync('cat', { input: 'piped in', encoding: 'utf8' })));
console.log(JSON.stringify(execSync('pwd', { cwd: '/', encoding: 'utf8' })));
console.log(JSON.stringify(execFileSync('echo', ['file', 'sync'], { encoding: 'utf8' })));
console.log(JSON.stringify(execFileSync('echo', { encoding: 'utf8' })));
console.log(execFileSync('printf', ['x']));
console.log(JSON.stringify(execFileSync('echo', ['$HOME'], { encoding: 'utf8' })));

function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (error) {
    const { stack, ...fields } = error;
    console.log(label, error.name, JSON.stringify(error.message), error.code, error.status, error.signal,
      Object.keys(fields).join(','), error.stdout?.toString(), error.stderr?.toString());
  }
}
attempt('exit 2', () => execSync('exit 2', { stdio: 'pipe' }));
attempt('stderr in message', () => execSync('echo bad >&2; echo partial; exit 4', { stdio: 'pipe' }));
attempt('signal', () => execSync('kill -TERM $$', { stdio: 'pipe' }));
attempt('timeout', () => execSync('sleep 5', { timeout: 50, stdio: 'pipe' }));
attempt('execFile missing', () => execFileSync('sable-no-such-command'));
attempt('execFile status', () => execFileSync('sh', ['-c', 'exit 7'], { stdio: 'pipe' }));
attempt('command number', () => execSync(1));
