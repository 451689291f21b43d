'use strict';
// timers.enroll/unenroll/active/_unrefActive: the deprecated API on plain objects.
const timers = require('timers');

process.on('warning', (warning) => console.log('warning', warning.name, warning.code, warning.message));

for (const msecs of ['1', -1, Infinity, NaN, undefined]) {
  try {
    timers.enroll({}, msecs);
  } catch (error) {
    console.log(error.code, error.message);
  }
}

const order = [];
const make = (name) => ({ _onTimeout() { order.push(name); console.log('fired', name, this === items[name]); } });
const items = {};
for (const name of ['big', 'five', 'plain', 'zero', 'unrefed', 'cancelled', 'restarted']) items[name] = make(name);

timers.enroll(items.big, 2 ** 40);
console.log('big duration', items.big._idleTimeout);
timers.enroll(items.five, 5);
timers.active(items.five);
timers.active(items.plain); // no duration: nothing happens
timers.enroll(items.zero, 0);
timers.active(items.zero);
timers.enroll(items.unrefed, 1);
timers._unrefActive(items.unrefed);
timers.enroll(items.cancelled, 3);
timers.active(items.cancelled);
timers.unenroll(items.cancelled);
console.log('cancelled duration', items.cancelled._idleTimeout);
timers.enroll(items.restarted, 2);
timers.active(items.restarted);
timers.active(items.restarted); // restarting keeps one timer
timers.enroll(items.restarted, 8); // re-enrolling stops it
timers.active(items.restarted);

setTimeout(() => {
  console.log('order', order.join(' '));
  const lonely = make('lonely');
  timers.enroll(lonely, 1);
  timers._unrefActive(lonely); // an unref'd timer alone does not keep the process alive
}, 30);
