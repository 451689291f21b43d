// The npm CLI runs on this runtime: `npm pack --dry-run --json` in a small package lists the
// files a tarball would hold (the compressed size and hashes depend on the zlib build, so they
// are not printed).
const { execFileSync } = require('child_process');
const path = require('path');

const npmCli = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
const fallback = '/usr/lib/node_modules/npm/bin/npm-cli.js';
const cli = require('fs').existsSync(npmCli) ? npmCli : fallback;
const cwd = path.join(__dirname, 'fixtures', 'npm_pack', 'package');

console.log(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim().split('.').length);
const output = execFileSync(process.execPath, [cli, 'pack', '--dry-run', '--json', '--loglevel=silent'], {
  cwd,
  encoding: 'utf8',
  env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
});
const [report] = JSON.parse(output);
const { id, name, version, filename, unpackedSize, entryCount, bundled, files } = report;
console.log({ id, name, version, filename, unpackedSize, entryCount, bundled });
for (const file of files) console.log(file.path, file.size, file.mode.toString(8));
