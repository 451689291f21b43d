// ES modules are strict code: top-level this is undefined, no arguments, undeclared
// assignments throw, and each module has its own scope.
console.log(this, typeof arguments);
try {
  undeclaredVariable = 1;
} catch (error) {
  console.log(error.name);
}
function whoIsThis() {
  return this;
}
console.log(whoIsThis());
var moduleVar = 'module scoped';
console.log(globalThis.moduleVar, typeof moduleVar);
try {
  delete Object.prototype;
} catch (error) {
  console.log(error.name);
}
console.log(typeof require, typeof exports, typeof module, typeof __dirname);
console.log(new Function('return typeof this')());
