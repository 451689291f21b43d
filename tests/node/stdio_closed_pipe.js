// Writing to a pipe whose reader has exited: process.stdout gets an EPIPE 'error' (the process
// is not killed by SIGPIPE), and console.log's output is dropped while the program runs on.
const { spawnSync } = require('child_process');
const path = require('path');

const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;
for (const fixture of ['write_forever.js', 'log_forever.js']) {
  const script = path.join(__dirname, 'fixtures', 'stdio', fixture);
  // The shell reports the writer's status; the reader keeps only the first line.
  const command = `${quote(process.execPath)} ${quote(script)} | head -n 1 > /dev/null; echo "writer status: \${PIPESTATUS[0]}"`;
  const result = spawnSync('/bin/bash', ['-c', command]);
  console.log(`-- ${fixture}`);
  process.stdout.write(result.stdout.toString());
  process.stdout.write(result.stderr.toString());
}
