const util = require('util');
function legacy(value, callback) { setImmediate(() => value < 0 ? callback(new Error('negative')) : callback(null, value * 2)); }
const promised = util.promisify(legacy);
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom result');
async function main() {
  console.log(await promised(21));
  try { await promised(-1); } catch (error) { console.log('rejected:', error.message); }
  console.log(await util.promisify(custom)(), util.promisify(custom) === custom[util.promisify.custom]);
  const callbackified = util.callbackify(async (x) => { if (x) throw new Error('boom'); return 'fine'; });
  callbackified(0, (error, value) => console.log('cb1', error, value));
  callbackified(1, (error, value) => console.log('cb2', error.message, value));
  const nullRejection = util.callbackify(() => Promise.reject(null));
  nullRejection((error) => console.log('cb3', error instanceof Error, error.code, error.reason));
}
main();
