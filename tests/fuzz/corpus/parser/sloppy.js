<!-- html open comment
var yield = 1, let = 2, await = 3, static = 4;
--> html close comment
010 + 08.5 + "\08" + "\u{1F600}\x41\
continued";
function arguments() {} eval = 1;
a = function eval(eval) { return 07; };
if (x) label: function f() {}
/* multi
   line */ /re/.test(`\`` + '\'');
x
++y
a = b
/hi/g.exec(c)
