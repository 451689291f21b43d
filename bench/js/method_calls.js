// Method calls through a prototype.
class Counter {
    constructor() { this.count = 0; }
    increment(by) { this.count += by; return this; }
    get value() { return this.count; }
}
const counter = new Counter();
for (let i = 0; i < 2000000; i++)
    counter.increment(i & 3);
console.log(counter.value);
