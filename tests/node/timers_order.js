// Timers fire in order of expiry, then creation; nextTick and promise jobs run between them.
const order = [];
setTimeout(() => order.push('t20'), 20);
setTimeout(() => {
  order.push('t5a');
  process.nextTick(() => order.push('tick after t5a'));
  Promise.resolve().then(() => order.push('promise after t5a'));
}, 5);
setTimeout(() => order.push('t5b'), 5);
setTimeout(() => order.push('t1'), 1);
setTimeout(() => console.log(order.join('\n')), 40);
