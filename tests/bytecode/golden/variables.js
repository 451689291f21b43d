// Every resolution kind: global, register, environment (captured), dynamic (with / eval).
var g = 1;
let top = 2;
function locals(a, b) {
  let x = a + b;
  const y = x * 2;
  var z;
  z = y - x;
  return z;
}
function captured(a) {
  let count = 0;
  return function inc(step) { count += step + a; return count; };
}
function dynamic(o) {
  with (o) { return value + g; }
}
function tdz() {
  f();
  let late = 1;
  function f() { return late; }
  return late;
}
