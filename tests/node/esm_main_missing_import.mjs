// A main module whose graph cannot link (a missing export) or load (a missing file) runs no
// code: nothing is printed, the exit status is 1.
import './fixtures/esm_main_missing_import/use.mjs';

console.log('never printed');
