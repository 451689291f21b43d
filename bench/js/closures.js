// Creating closures and calling them; captured variables.
function makeAdder(n) {
    return (x) => x + n;
}
function makeCounter() {
    let count = 0;
    return () => ++count;
}
let total = 0;
const counter = makeCounter();
for (let i = 0; i < 500000; i++) {
    const add = makeAdder(i & 15);
    total += add(i) + counter();
}
console.log(total);
