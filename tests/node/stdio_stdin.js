// A child reading stdin from a pipe: 'data' events with setEncoding, for await, readline,
// pipe() through a Transform, 'readable' and read(), empty input, and a child that never
// reads stdin still exits.
const { spawnSync } = require('child_process');
const path = require('path');

function run(fixture, input) {
  const result = spawnSync(process.execPath, [path.join(__dirname, 'fixtures', 'stdio', fixture)], { input });
  console.log(`-- ${fixture} (status ${result.status})`);
  process.stdout.write(result.stdout.toString());
  const errors = result.stderr.toString();
  if (errors) console.log('stderr:', JSON.stringify(errors));
}

const lines = 'first line\nsecond line\n\nfourth after an empty one\nno newline at the end';
run('stdin_data.js', lines);
run('stdin_data.js', '');
run('stdin_data.js', 'x'.repeat(200000));
run('stdin_iterate.js', lines);
run('stdin_iterate.js', Buffer.from('bytes\n'));
run('stdin_readline.js', lines);
run('stdin_readline.js', 'crlf line\r\nsecond\r\n');
run('stdin_pipe.js', 'stressed\n');
run('stdin_readable.js', 'read me\nin paused mode');
run('stdin_untouched.js', 'never read');
