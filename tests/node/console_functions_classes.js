// Functions and classes.
function named() {}
const anonymous = (() => () => {})();
class A {}
class B extends A {}
console.log(named, anonymous, A, B);
console.log([named, A]);
named.prop = 1;
console.log(named);
console.log(new A(), new B());
class WithFields { constructor() { this.x = 1; this.y = [1]; } }
console.log(new WithFields());
console.log(Math.max, [].map);
