// An error thrown by the main module's top level: the output so far, then exit status 1.
import { fail } from './fixtures/esm_uncaught_error/thrower.mjs';

console.log('before the error');
process.on('exit', (code) => console.log('exit with', code));
fail();
console.log('never printed');
