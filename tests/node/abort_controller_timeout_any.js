// AbortSignal.timeout and AbortSignal.any.
const log = (...a) => console.log(...a);

const timed = AbortSignal.timeout(5);
log('timeout signal starts', timed.aborted);
timed.addEventListener('abort', () => {
  log('timed out', timed.reason.name, timed.reason.message, timed.reason.code);
  anyTests();
});

function anyTests() {
  const a = new AbortController();
  const b = new AbortController();
  const combined = AbortSignal.any([a.signal, b.signal]);
  combined.onabort = () => log('combined aborted with', combined.reason);
  log('combined before', combined.aborted);
  b.abort('b went first');
  a.abort('a second');
  log('combined reason', combined.reason);
  const already = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
  log('already aborted', already.aborted, already.reason);
  log('empty any', AbortSignal.any([]).aborted);
  for (const bad of [() => AbortSignal.any([1]), () => AbortSignal.any(5), () => AbortSignal.timeout(-1),
    () => AbortSignal.timeout('1'), () => AbortSignal.timeout(1.5)]) {
    try {
      bad();
      log('no error');
    } catch (err) {
      log(err.name, err.code, err.message);
    }
  }
  // A timeout does not keep the process alive.
  AbortSignal.timeout(100000);
  log('done');
}
