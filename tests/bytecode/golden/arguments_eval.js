function sloppy(a, b) { arguments[0] = 2; return a; }
function strict(a) { "use strict"; return arguments.length; }
function evaluator(code) { var local = 1; return eval(code); }
function named() { return named; }
const expression = function self() { self = 1; return self; };
