// A child whose stdout and stderr are pipes: strings in several encodings, Buffers and
// Uint8Arrays all arrive, in order with console output; write callbacks and end() work.
const { spawnSync } = require('child_process');
const path = require('path');

const result = spawnSync(process.execPath, [path.join(__dirname, 'fixtures', 'stdio', 'write_mix.js')]);
console.log('status:', result.status, 'signal:', result.signal);
console.log('stdout:');
console.log(result.stdout.toString('latin1'));
console.log('stderr:');
console.log(result.stderr.toString());
