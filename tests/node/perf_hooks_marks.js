// performance.mark / measure / getEntries* / clearMarks / clearMeasures (no timing values).
const { performance, PerformanceMark, PerformanceMeasure, PerformanceEntry } = require('perf_hooks');
const log = (...a) => console.log(...a);

log(typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin);
log(performance.timeOrigin <= Date.now(), performance === globalThis.performance);
const a = performance.mark('a', { detail: { step: 1 } });
log(a instanceof PerformanceMark, a instanceof PerformanceEntry, a.name, a.entryType, a.duration, JSON.stringify(a.detail));
log(Object.keys(a).length, JSON.stringify(Object.keys(a.toJSON())));
const fixed = performance.mark('fixed', { startTime: 0.001 });
log('fixed start', fixed.startTime);
const b = performance.mark('b');
log('b after a', b.startTime >= a.startTime, b.detail);

const m1 = performance.measure('a-to-b', 'a', 'b');
log(m1 instanceof PerformanceMeasure, m1.entryType, m1.duration === b.startTime - a.startTime, m1.startTime === a.startTime);
const m2 = performance.measure('origin-to-now');
log('from origin', m2.startTime, m2.duration > 0);
const m3 = performance.measure('opts', { start: 1e9, end: 1e9 + 15, detail: 'd' });
log('options', m3.startTime, m3.duration, m3.detail);
const m4 = performance.measure('dur', { start: 'fixed', duration: 7 });
log('duration', m4.startTime, m4.duration);
const m5 = performance.measure('end-dur', { end: 2e9, duration: 5 });
log('end and duration', m5.startTime, m5.duration);

log('by type', performance.getEntriesByType('mark').map((e) => e.name).join());
log('by name', performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length);
log('all sorted', performance.getEntries().map((e) => e.name).join());
performance.clearMarks('a');
log('after clearMarks(a)', performance.getEntriesByType('mark').map((e) => e.name).join());
performance.clearMarks();
performance.clearMeasures('opts');
log('measures left', performance.getEntriesByType('measure').map((e) => e.name).join());
performance.clearMeasures();
log('empty', performance.getEntries().length);

for (const bad of [() => performance.measure('x', 'missing'), () => performance.mark(),
  () => new PerformanceEntry(), () => performance.mark('neg', { startTime: -1 }),
  () => performance.measure('x', { start: 1 }, 'b'), () => new PerformanceMark('x', 5)]) {
  try {
    bad();
    log('no error');
  } catch (err) {
    log(err.name, err.code, err.message);
  }
}
const standalone = new PerformanceMark('standalone', { startTime: 1 });
log('constructed mark is not recorded', standalone.startTime, performance.getEntries().length);
