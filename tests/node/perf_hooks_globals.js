// perf_hooks' globals and module shape: performance, PerformanceEntry & co., and toJSON.
const perfHooks = require('perf_hooks');
const log = (...a) => console.log(...a);

log(globalThis.performance === perfHooks.performance, PerformanceObserver === perfHooks.PerformanceObserver);
log(typeof PerformanceEntry, typeof PerformanceMark, typeof PerformanceMeasure, typeof PerformanceObserverEntryList);
log(Object.keys(perfHooks).filter((k) => k !== 'PerformanceResourceTiming').join());
log(performance instanceof EventTarget, Object.prototype.toString.call(performance));
const t1 = performance.now();
let spin = 0;
for (let i = 0; i < 1e5; i++) spin += i;
const t2 = performance.now();
log('monotonic', t2 >= t1, spin > 0);
log('origin close to Date.now()', Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
const mark = new PerformanceMark('manual', { detail: [1, 2], startTime: 3 });
log(JSON.stringify(mark.toJSON()), mark.detail !== null);
log(Object.prototype.toString.call(mark), mark instanceof PerformanceEntry);
log(perfHooks.constants.NODE_PERFORMANCE_GC_MAJOR, perfHooks.constants.NODE_PERFORMANCE_GC_FLAGS_FORCED);
