// Top-level await: in the main module and in an imported one (evaluation waits for it).
import { ready } from './fixtures/esm_top_level_await/slow.mjs';
import { fast } from './fixtures/esm_top_level_await/fast.mjs';

console.log('main: imports done', ready, fast);
const value = await Promise.resolve('awaited value');
console.log(value);
const results = await Promise.all([1, 2, 3].map(async (n) => n * 2));
console.log(results);
try {
  await Promise.reject(new Error('rejected'));
} catch (error) {
  console.log('caught', error.message);
}
for await (const item of [Promise.resolve('a'), 'b']) console.log('for await', item);
const dynamic = await import('./fixtures/esm_top_level_await/fast.mjs');
console.log('dynamic', dynamic.fast);
setTimeout(() => console.log('timer after main'), 0);
console.log('main: end');
