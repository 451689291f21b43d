// PerformanceObserver: entryTypes and type/buffered, batching, takeRecords, disconnect,
// timerify, and the parts that are not available.
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');
const log = (...a) => console.log(...a);

log(PerformanceObserver.supportedEntryTypes.join());
performance.mark('before-observing');
const observer = new PerformanceObserver((list, self) => {
  log('batch', list instanceof PerformanceObserverEntryList, self === observer);
  log(' entries', list.getEntries().map((e) => `${e.name}:${e.entryType}`).join());
  log(' marks', list.getEntriesByType('mark').length, 'named m1', list.getEntriesByName('m1').length);
  observer.disconnect();
  second();
});
observer.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1');
performance.mark('m2');
performance.measure('m1-m2', 'm1', 'm2');
process.nextTick(() => log('tick comes before the batch'));

function second() {
  const buffered = new PerformanceObserver((list) => {
    log('buffered batch', list.getEntries().map((e) => e.name).join());
    buffered.disconnect();
    third();
  });
  buffered.observe({ type: 'mark', buffered: true });
}

function third() {
  const manual = new PerformanceObserver(() => log('never called'));
  manual.observe({ type: 'measure' });
  performance.measure('taken');
  log('takeRecords', manual.takeRecords().map((e) => e.name).join(), manual.takeRecords().length);
  manual.disconnect();

  const fnObserver = new PerformanceObserver((list) => {
    const [entry] = list.getEntries();
    log('function entry', entry.name, entry.entryType, JSON.stringify(entry.detail));
    fnObserver.disconnect();
    errors();
  });
  fnObserver.observe({ entryTypes: ['function'] });
  const timed = performance.timerify(function add(x, y) { return x + y; });
  log('timerified', timed.name, timed.length, timed(2, 3));
}

function errors() {
  for (const bad of [() => new PerformanceObserver(5), () => new PerformanceObserver(() => {}).observe(),
    () => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }),
    () => performance.timerify(5),
    () => new PerformanceObserverEntryList()]) {
    try {
      bad();
      log('no error');
    } catch (err) {
      log(err.name, err.code);
    }
  }
}
