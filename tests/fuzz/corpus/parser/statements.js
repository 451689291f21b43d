label: for (let i = 0; i < 10; i++) { if (i) continue label; else break label; }
for (const k in o) ; for (var v of a) {}
while (false) do ; while (0)
switch (x) { case 1: let y = 2; break; default: ; }
try { throw new Error("e"); } catch ({ message }) {} finally {}
try {} catch {}
with (o) { p; }
debugger;
function f(a, b = 1, ...c) { return arguments.length; }
function s(a, b) { "use strict"; return this; }
function* g() { yield* [1, 2]; }
async function h() { for await (const x of []) await x; }
async function* ag() { yield await 1; }
if (a) function legacy() {}
{ function blockFn() {} class C {} }
var \u0061bc = 1; let [x1, , y1 = 2, ...z1] = [], { p1, q1: { r1 } } = {};
