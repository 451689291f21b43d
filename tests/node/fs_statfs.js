// statfs in all forms: a StatFs with the file system's numbers, bigint, and errors.
const fs = require('fs');
const os = require('os');
const path = require('path');

const stats = fs.statfsSync(os.tmpdir());
console.log('class:', stats.constructor.name);
console.log('keys:', Object.keys(stats).join(' '));
console.log('all numbers:', Object.values(stats).every((value) => typeof value === 'number' && value >= 0));
console.log('free <= total:', stats.bfree <= stats.blocks, stats.bavail <= stats.bfree, stats.ffree <= stats.files);
console.log('block size positive:', stats.bsize > 0);

const big = fs.statfsSync(os.tmpdir(), { bigint: true });
console.log('bigint:', Object.values(big).every((value) => typeof value === 'bigint'), big.bsize === BigInt(stats.bsize));

try {
  fs.statfsSync(path.join(os.tmpdir(), 'sable-no-such-dir', 'x'));
} catch (error) {
  console.log('missing:', error.code, error.syscall);
}
try {
  fs.statfsSync(5);
} catch (error) {
  console.log('bad path:', error.code);
}

fs.statfs('/', (error, stats) => {
  console.log('callback:', error, typeof stats.type);
  fs.promises.statfs('/', { bigint: true }).then((stats) => {
    console.log('promise bigint:', typeof stats.blocks);
  });
});
