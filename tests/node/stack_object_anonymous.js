// Stack frames as V8 prints them: a CommonJS module's top level is Object.<anonymous> (the
// wrapper is called with module.exports as this), methods show their receiver's type, and
// anonymous functions without a receiver only their location.
const path = require('path');

function frame(error, index = 1) {
  return error.stack.split('\n')[index].split(__dirname + path.sep).join('').trim();
}

console.log(frame(new Error('top level')));
function named() {
  return frame(new Error('named'));
}
console.log(named());
console.log(named.call({}));
console.log(named.call([]));
console.log(named.call(new Map()));
console.log(named.call(Object.create(null)));

class Shape {
  area() {
    return frame(new Error('method'));
  }
}
class Square extends Shape {}
console.log(new Shape().area());
console.log(new Square().area());

const object = {
  method() {
    return frame(new Error('object method'));
  },
  property: function () {
    return frame(new Error('property'));
  },
};
console.log(object.method());
console.log(object.property());
console.log([1].map(function () {
  return frame(new Error('callback'));
})[0]);
const expression = function () {
  return frame(new Error('expression'));
};
console.log(expression());
function Constructor() {
  this.frame = frame(new Error('constructor'));
}
console.log(new Constructor().frame);
console.log(frame(new Error('caller frame'), 2).replace(/\(.*\)/, '(...)'));
