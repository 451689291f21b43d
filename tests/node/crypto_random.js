// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues: shapes, ranges, errors.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const bytes = crypto.randomBytes(32);
console.log(Buffer.isBuffer(bytes), bytes.length, crypto.randomBytes(0).length);
// 64 random bytes are not all zero (chance 2^-512).
console.log(crypto.randomBytes(64).some((byte) => byte !== 0));
attempt('size string', () => crypto.randomBytes('1'));
attempt('size negative', () => crypto.randomBytes(-1));
attempt('size too large', () => crypto.randomBytes(2 ** 31));
attempt('size NaN', () => crypto.randomBytes(NaN));
attempt('bad callback', () => crypto.randomBytes(1, 'x'));

const target = Buffer.alloc(8);
crypto.randomFillSync(target, 2, 4);
console.log(target[0], target[1], target[6], target[7]);
const words = new Uint32Array(4);
console.log(crypto.randomFillSync(words, 1, 2) === words, words[0], words[3]);
console.log(crypto.randomFillSync(new ArrayBuffer(4)).byteLength);
console.log(crypto.randomFillSync(new DataView(new ArrayBuffer(3))).byteLength);
attempt('fill offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
attempt('fill size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
attempt('fill string', () => crypto.randomFillSync('x'));
attempt('fill no callback', () => crypto.randomFill(Buffer.alloc(2)));

for (let i = 0; i < 200; i++) {
  const value = crypto.randomInt(-3, 4);
  if (!Number.isInteger(value) || value < -3 || value >= 4) console.log('out of range', value);
}
console.log(crypto.randomInt(1), crypto.randomInt(5, 6));
attempt('int max <= min', () => crypto.randomInt(5, 1));
attempt('int fraction', () => crypto.randomInt(1.5));
attempt('int string', () => crypto.randomInt('3'));
attempt('int range too big', () => crypto.randomInt(0, 2 ** 48));

const uuid = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid), uuid !== crypto.randomUUID());
console.log(typeof crypto.randomUUID({ disableEntropyCache: true }));
attempt('uuid options', () => crypto.randomUUID(1));

const values = new Int16Array(8);
console.log(globalThis.crypto.getRandomValues(values) === values, crypto.getRandomValues(new BigUint64Array(1)).length);
console.log(typeof globalThis.crypto.randomUUID(), crypto.webcrypto.getRandomValues(new Uint8Array(65536)).length);
attempt('float array', () => globalThis.crypto.getRandomValues(new Float32Array(2)));
attempt('too long', () => globalThis.crypto.getRandomValues(new Uint8Array(65537)));

// One at a time: Node's thread pool may finish concurrent jobs in any order.
crypto.randomBytes(4, (error, buffer) => {
  console.log('randomBytes callback', error, buffer.length);
  crypto.randomFill(new Uint8Array(3), 1, (error, array) => console.log('randomFill callback', error, array.length));
});
crypto.randomInt(10, (error, value) => console.log('randomInt callback', error, value >= 0 && value < 10));
console.log('callbacks come later');
