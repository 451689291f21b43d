'use strict';
// generatePrime(Sync) and checkPrime(Sync): known primes and composites, generated primes'
// sizes and properties (safe, add/rem), bigint and buffer forms, callbacks, and errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const candidates = [0n, 1n, 2n, 3n, 4n, 97n, 561n, 7919n, 2n ** 61n - 1n, 2n ** 64n + 1n, 2n ** 127n - 1n, 2n ** 89n - 1n, 2n ** 89n + 1n];
console.log(candidates.map((n) => `${n}:${crypto.checkPrimeSync(n)}`).join(' '));
console.log('buffers', crypto.checkPrimeSync(Buffer.from([13])), crypto.checkPrimeSync(new Uint8Array([15]).buffer),
  crypto.checkPrimeSync(new DataView(new Uint8Array([0, 251]).buffer)), crypto.checkPrimeSync(Buffer.from('7fffffff', 'hex')));
console.log('checks option', crypto.checkPrimeSync(97n, { checks: 10 }));

for (const size of [8, 16, 32, 64, 128]) {
  const prime = crypto.generatePrimeSync(size, { bigint: true });
  console.log('generated', size, prime.toString(2).length, crypto.checkPrimeSync(prime));
}
const buffer = crypto.generatePrimeSync(64);
console.log('ArrayBuffer', Object.prototype.toString.call(buffer), buffer.byteLength, crypto.checkPrimeSync(buffer));
const safe = crypto.generatePrimeSync(48, { safe: true, bigint: true });
console.log('safe', crypto.checkPrimeSync(safe), crypto.checkPrimeSync((safe - 1n) / 2n));
const congruent = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
console.log('add/rem', congruent % 12n, crypto.generatePrimeSync(24, { add: Buffer.from([4]), rem: Buffer.from([3]), bigint: true }) % 4n);
console.log('add alone', crypto.generatePrimeSync(24, { add: 10n, bigint: true }) % 10n);

attempt('check string', () => crypto.checkPrimeSync('7'));
attempt('check negative', () => crypto.checkPrimeSync(-7n));
attempt('checks type', () => crypto.checkPrimeSync(7n, { checks: 'x' }));
attempt('size 0', () => crypto.generatePrimeSync(0));
attempt('size string', () => crypto.generatePrimeSync('8'));
attempt('add too big', () => crypto.generatePrimeSync(8, { add: 1000n }));
attempt('rem >= add', () => crypto.generatePrimeSync(16, { add: 8n, rem: 9n }));
attempt('bigint type', () => crypto.generatePrimeSync(16, { bigint: 1 }));
attempt('options type', () => crypto.generatePrimeSync(16, 'x'));
attempt('no callback', () => crypto.generatePrime(16));

// One after another: Node's thread pool may finish concurrent jobs in any order.
crypto.generatePrime(40, { bigint: true }, (error, prime) => {
  console.log('generatePrime', error, typeof prime, prime.toString(2).length);
  crypto.checkPrime(2n ** 61n - 1n, (error, result) => {
    console.log('checkPrime', error, result);
    crypto.checkPrime(Buffer.from([9]), { checks: 3 }, (error, result) => console.log('checkPrime options', error, result));
  });
});
