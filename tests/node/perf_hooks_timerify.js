// performance.timerify: the wrapper's name, length, this, return values, constructors, and
// 'function' entries only while observed.
const { performance, PerformanceObserver } = require('perf_hooks');
const log = (...a) => console.log(...a);

function multiply(a, b) {
  return a * b;
}
const timed = performance.timerify(multiply);
log(timed.name, timed.length, timed(6, 7), timed !== multiply);
const obj = { factor: 3, scale: performance.timerify(function scale(x) { return this.factor * x; }) };
log('this is kept', obj.scale(5));
class Box { constructor(v) { this.v = v; } }
const TimedBox = performance.timerify(Box);
const box = new TimedBox(9);
log('constructs', box instanceof Box, box.v);
log('no entries without observers', performance.getEntries().length);

const names = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) names.push(`${entry.name}:${entry.entryType}:${entry.detail.length}`);
  log('observed', names.join(' '));
  observer.disconnect();
});
observer.observe({ type: 'function' });
timed(1, 2);
new TimedBox(1);
try {
  performance.timerify(function thrower() { throw new Error('inner'); })();
} catch (err) {
  log('errors pass through', err.message);
}
