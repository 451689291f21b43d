// module.syncBuiltinESMExports: the named exports of imported built-in modules take the current
// values of the CommonJS exports' properties.
import fs, { readFileSync, existsSync } from 'fs';
import * as fsNamespace from 'node:fs';
import path, { join } from 'path';
import { syncBuiltinESMExports } from 'module';

const originalRead = fs.readFileSync;
const originalJoin = path.join;
fs.readFileSync = () => 'patched read';
fs.newThing = 1;
path.join = (...parts) => parts.join('+');
console.log(readFileSync === fs.readFileSync, fsNamespace.readFileSync === originalRead, join('a', 'b'));

syncBuiltinESMExports();
console.log(readFileSync(), fsNamespace.readFileSync === fs.readFileSync, fsNamespace.newThing, join('a', 'b'));
console.log(fsNamespace.default === fs, existsSync === fs.existsSync);

delete fs.readFileSync;
syncBuiltinESMExports();
console.log(typeof readFileSync, typeof fsNamespace.readFileSync);

fs.readFileSync = originalRead;
path.join = originalJoin;
syncBuiltinESMExports();
console.log(readFileSync === originalRead, join('a', 'b'));
