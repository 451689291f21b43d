// A child whose stdout and stderr are files: the same writes land in the files, in order.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sable-test-'));
const out = path.join(directory, 'out.txt');
const err = path.join(directory, 'err.txt');
const script = path.join(__dirname, 'fixtures', 'stdio', 'write_mix.js');
const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`;
const result = spawnSync('/bin/sh', ['-c', `${quote(process.execPath)} ${quote(script)} > ${quote(out)} 2> ${quote(err)}`]);
console.log('status:', result.status);
console.log('stdout file:');
console.log(fs.readFileSync(out, 'latin1'));
console.log('stderr file:');
console.log(fs.readFileSync(err, 'utf8'));
fs.rmSync(directory, { recursive: true, force: true });
