// diagnostics_channel tracing channels: traceSync, tracePromise, traceCallback, subscribe sets,
// runStores with bound stores.
const dc = require('diagnostics_channel');

const events = [];
const handlers = {};
for (const event of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[event] = (context, name) => events.push(`${event}(${name}) ${JSON.stringify({ ...context, error: context.error?.message })}`);
}
function flush(label) {
  console.log(label);
  for (const line of events.splice(0)) console.log('  ' + line);
}

const tracing = dc.tracingChannel('op');
console.log(tracing.hasSubscribers, tracing.start.name, tracing.asyncEnd.name);
console.log(tracing.traceSync((a, b) => a + b, {}, null, 1, 2), 'without subscribers');
tracing.subscribe(handlers);
console.log(tracing.hasSubscribers, dc.hasSubscribers('tracing:op:start'));

console.log(tracing.traceSync(function (a, b) { return this.base + a + b; }, { id: 1 }, { base: 10 }, 1, 2));
flush('traceSync');
try {
  tracing.traceSync(() => { throw new Error('sync failure'); }, { id: 2 });
} catch (error) {
  console.log('caught', error.message);
}
flush('traceSync throws');

function callbackApi(value, callback) {
  setImmediate(() => (value < 0 ? callback(new Error('negative')) : callback(null, value * 2)));
}

async function main() {
  console.log(await tracing.tracePromise(async (x) => x + 1, { id: 3 }, null, 41));
  flush('tracePromise');
  await tracing.tracePromise(async () => { throw new Error('async failure'); }, { id: 4 }).catch((error) => console.log('rejected', error.message));
  flush('tracePromise rejects');
  console.log(await tracing.tracePromise(() => 'plain', { id: 5 }));
  flush('tracePromise non-promise');

  await new Promise((resolve) => tracing.traceCallback(callbackApi, -1, { id: 6 }, null, 21, (error, result) => {
    console.log('callback', error, result);
    resolve();
  }));
  flush('traceCallback');
  await new Promise((resolve) => tracing.traceCallback(callbackApi, 1, { id: 7 }, null, -1, (error) => {
    console.log('callback error', error.message);
    resolve();
  }));
  flush('traceCallback error');

  console.log(tracing.unsubscribe(handlers), tracing.unsubscribe(handlers), tracing.hasSubscribers);

  // Stores bound to a channel are entered around runStores.
  const store = {
    value: 'outside',
    run(value, fn) {
      const saved = this.value;
      this.value = value;
      try { return fn(); } finally { this.value = saved; }
    },
  };
  const withStore = dc.channel('with-store');
  withStore.bindStore(store, (message) => `store for ${message.id}`);
  withStore.subscribe((message) => console.log('published', message.id, store.value));
  console.log(withStore.runStores({ id: 'a' }, function (x) { return `${this.tag} ${x} ${store.value}`; }, { tag: 'ran' }, 1));
  console.log(store.value, withStore.unbindStore(store), withStore.unbindStore(store));
  console.log(withStore.runStores({ id: 'b' }, () => store.value));

  const custom = dc.tracingChannel({ start: dc.channel('c1'), end: dc.channel('c2'), asyncStart: dc.channel('c3'),
    asyncEnd: dc.channel('c4'), error: dc.channel('c5') });
  console.log(custom.start.name, custom.error.name);
  for (const bad of [1, { start: 1 }]) {
    try {
      dc.tracingChannel(bad);
    } catch (error) {
      console.log(error.code, error.message);
    }
  }
}
main();
