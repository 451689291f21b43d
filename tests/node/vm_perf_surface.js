'use strict';
// vm.constants and perf_hooks' PerformanceResourceTiming (performance.markResourceTiming).
const vm = require('vm');
const { PerformanceResourceTiming, PerformanceEntry, performance, PerformanceObserver } = require('perf_hooks');

console.log(vm.constants, Object.isFrozen(vm.constants), Object.getPrototypeOf(vm.constants));
console.log(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, vm.constants.DONT_CONTEXTIFY.description);
const script = new vm.Script('6 * 7', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
console.log(script.runInThisContext());
for (const value of [Symbol('other'), 1, 'x']) {
  try {
    new vm.Script('1', { importModuleDynamically: value });
  } catch (error) {
    console.log(error.code, error.message);
  }
}

console.log(Object.getOwnPropertyNames(PerformanceResourceTiming.prototype));
console.log(Object.getPrototypeOf(PerformanceResourceTiming) === PerformanceEntry,
  globalThis.PerformanceResourceTiming === PerformanceResourceTiming);
try {
  new PerformanceResourceTiming();
} catch (error) {
  console.log(error.code, error.message);
}

const observer = new PerformanceObserver((list) => {
  console.log('observed', list.getEntries().map((entry) => `${entry.entryType}:${entry.name}`));
  observer.disconnect();
});
observer.observe({ entryTypes: ['resource'] });

const timing = {
  startTime: 1, redirectStartTime: 2, redirectEndTime: 3, postRedirectStartTime: 4, finalServiceWorkerStartTime: 5,
  finalNetworkRequestStartTime: 6, finalNetworkResponseStartTime: 7, endTime: 9, encodedBodySize: 10,
  decodedBodySize: 20,
  finalConnectionTimingInfo: {
    domainLookupStartTime: 11, domainLookupEndTime: 12, connectionStartTime: 13, connectionEndTime: 14,
    secureConnectionStartTime: 15, ALPNNegotiatedProtocol: 'h2',
  },
};
const entry = performance.markResourceTiming(timing, 'http://example.test/a', 'fetch', globalThis, '', {}, 200, '');
console.log(entry.toJSON());
console.log(entry, String(entry), entry instanceof PerformanceEntry);
const local = performance.markResourceTiming({ ...timing, finalConnectionTimingInfo: null, redirectStartTime: 0 },
  'local-url', 'other', globalThis, 'local', {}, 0, '');
console.log(local.toJSON());
console.log(performance.getEntriesByType('resource').map((item) => item.name), performance.getEntries().length,
  performance.getEntriesByName('local-url').length);
performance.mark('kept');
performance.clearResourceTimings();
console.log(performance.getEntriesByType('resource').length, performance.getEntries().map((item) => item.name));
