// import.meta: url, filename, dirname and resolve, for a module in a folder with a space.
import path from 'node:path';
import { meta, resolved } from './fixtures/esm_import_meta/sub dir/meta.mjs';

const here = path.dirname(import.meta.filename);
const strip = (text) => text.replace('file://' + here.replaceAll(' ', '%20'), 'file://<here>').replace(here, '<here>');
console.log(strip(import.meta.url));
console.log(strip(import.meta.filename));
console.log(import.meta.dirname === here);
console.log(Object.keys(import.meta).sort());
console.log(strip(meta.url));
console.log(strip(meta.filename));
console.log(strip(meta.dirname));
console.log(strip(resolved));
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'));
console.log(strip(import.meta.resolve('./fixtures/esm_import_meta/sub dir/other.mjs')));
console.log(typeof import.meta.resolve, meta !== import.meta);
console.log(Object.getPrototypeOf(import.meta));
