// diagnostics_channel: channels by name, subscribe/unsubscribe, publish, hasSubscribers, errors.
const dc = require('diagnostics_channel');

const channel = dc.channel('sable:test');
console.log(channel.name, channel === dc.channel('sable:test'), channel instanceof dc.Channel);
console.log(channel.hasSubscribers, dc.hasSubscribers('sable:test'), dc.hasSubscribers('never:made'));

const seen = [];
const first = (message, name) => seen.push(['first', message, name]);
const second = (message) => seen.push(['second', message]);
channel.subscribe(first);
dc.subscribe('sable:test', second);
console.log(channel.hasSubscribers, dc.hasSubscribers('sable:test'));
channel.publish({ n: 1 });
channel.publish('text');
console.log(JSON.stringify(seen));

console.log(channel.unsubscribe(first), channel.unsubscribe(first), dc.unsubscribe('sable:test', second));
console.log(channel.hasSubscribers);
channel.publish('nobody hears');
console.log(seen.length);

// Symbols name channels too.
const symbol = Symbol('sym');
const symbolChannel = dc.channel(symbol);
symbolChannel.subscribe((message, name) => console.log('symbol got', message, name === symbol));
symbolChannel.publish(42);

// Subscribing during publish takes effect on the next publish.
const growing = dc.channel('growing');
growing.subscribe(() => {
  console.log('outer');
  growing.subscribe(() => console.log('added'));
});
growing.publish();
console.log('second publish');
growing.publish();

// The same function subscribed twice runs twice; unsubscribe removes one.
const twice = dc.channel('twice');
const counter = () => console.log('tick');
twice.subscribe(counter);
twice.subscribe(counter);
twice.publish();
twice.unsubscribe(counter);
twice.publish();

for (const [label, fn] of [['channel(1)', () => dc.channel(1)], ['subscribe(x, 1)', () => dc.subscribe('x', 1)],
  ['hasSubscribers({})', () => dc.hasSubscribers({})], ['channel.subscribe(null)', () => channel.subscribe(null)]]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

// A throwing subscriber does not stop the others; its error is thrown on the next tick.
process.on('uncaughtException', (error) => console.log('uncaught', error.message));
const throwing = dc.channel('throwing');
throwing.subscribe(() => { throw new Error('subscriber failed'); });
throwing.subscribe(() => console.log('still delivered'));
throwing.publish();
console.log('publish returned');
