// Inside a timer callback, setImmediate runs before a new setTimeout 0 (check phase first).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 1);
