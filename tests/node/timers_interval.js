// setInterval repeats until cleared; clearInterval from inside the callback stops it.
let count = 0;
const interval = setInterval((a, b) => {
  count++;
  console.log('tick', count, a, b);
  if (count === 3) clearInterval(interval);
}, 2, 'x', 'y');
