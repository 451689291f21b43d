const order = [];
setTimeout((a, b) => {
  order.push(`t1:${a}${b}`);
  setTimeout(() => {
    order.push('t3');
    setImmediate(() => console.log(order.join(' ')));
  }, 0);
  setImmediate(() => order.push('i2'));
  process.nextTick(() => order.push('tick-in-t1'));
  Promise.resolve().then(() => order.push('promise-in-t1'));
}, 1, 'x', 'y');
setTimeout(() => order.push('t2'), 1);
const t = setTimeout(() => {}, 1000);
console.log(typeof t.ref, typeof t.unref, t.hasRef());
clearTimeout(t);
