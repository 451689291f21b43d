// vm: lineOffset and columnOffset place the code in a larger document (stacks, syntax errors).
const vm = require('vm');

// The error and its first frames (Node also puts the throwing line above the stack of errors
// from vm code: that part is not compared).
function firstFrames(run, count = 1) {
  try {
    run();
  } catch (error) {
    const frames = error.stack.split('\n').filter((line) => line.startsWith('    at ')).slice(0, count);
    return [`${error.name}: ${error.message}`, ...frames].join(' | ');
  }
  return 'no error';
}

// A syntax error's position: the lines Node puts above its stack.
function syntaxErrorPosition(run) {
  try {
    run();
  } catch (error) {
    return error.stack.split('\n').slice(0, 3).join(' | ');
  }
  return 'no error';
}

console.log(firstFrames(() => new vm.Script('\n\n  throw new Error("boom")', { filename: 'f.js', lineOffset: 10, columnOffset: 5 }).runInThisContext()));
console.log(firstFrames(() => new vm.Script('throw new Error("first")', { filename: 'g.js', lineOffset: 3, columnOffset: 7 }).runInThisContext()));
console.log(firstFrames(() => new vm.Script('function inner() {\n  throw new TypeError("nested");\n}\ninner();', { filename: 'n.js', lineOffset: 100 }).runInThisContext(), 2));
console.log(syntaxErrorPosition(() => new vm.Script('var a = ;', { filename: 'h.js', lineOffset: 4, columnOffset: 2 })));
console.log(syntaxErrorPosition(() => new vm.Script('\nvar b = );', { filename: 'i.js', lineOffset: 4, columnOffset: 2 })));
console.log(firstFrames(() => vm.compileFunction('throw new Error("cf")', [], { filename: 'c.js', lineOffset: 2, columnOffset: 3 })()));
console.log(firstFrames(() => vm.compileFunction('\n  throw new RangeError("second line")', [], { filename: 'm.js', lineOffset: 7 })()));
console.log(firstFrames(() => vm.runInNewContext('throw new Error("in a context")', {}, { filename: 'ctx.js', lineOffset: 20, columnOffset: 4 })));
const script = new vm.Script('new Error("kept").stack.split("\\n")[1]', { filename: 'keep.js', lineOffset: 9, columnOffset: 1 });
console.log(script.runInThisContext(), '|', script.runInNewContext({}));

for (const options of [{ lineOffset: 'a' }, { lineOffset: 2 ** 31 }, { columnOffset: 1.5 }, { columnOffset: -(2 ** 31) - 1 }]) {
  try { new vm.Script('1', options); } catch (e) { console.log(e.name, e.code, e.message); }
}
