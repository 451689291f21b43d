// os.tmpdir and os.homedir follow the environment (TMPDIR, HOME), as libuv's calls do.
const os = require('os');

const saved = { TMPDIR: process.env.TMPDIR, HOME: process.env.HOME };
function restore() {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

process.env.TMPDIR = '/custom/tmp';
console.log('TMPDIR:', os.tmpdir());
process.env.TMPDIR = '/custom/tmp/';
console.log('TMPDIR trailing slash:', os.tmpdir());
process.env.TMPDIR = '/';
console.log('TMPDIR root:', os.tmpdir());
delete process.env.TMPDIR;
console.log('no TMPDIR is absolute:', os.tmpdir().startsWith('/'));

process.env.HOME = '/home/somebody';
console.log('HOME:', os.homedir());
process.env.HOME = '/home/other/';
console.log('HOME trailing slash:', os.homedir());
delete process.env.HOME;
console.log('no HOME falls back to passwd:', os.homedir() === os.userInfo().homedir);
restore();
console.log('restored:', process.env.HOME === saved.HOME);
