// A return from inside blocks with their own let/const (kept in environments when closures or
// generators capture them) runs the finally block in the try statement's environment.
function* generator() {
  let outer = 'outer';
  try {
    { const inner = 1; { let deeper = () => inner; return deeper(); } }
  } finally {
    console.log('generator finally sees', typeof outer, outer);
  }
}
console.log([...generator()], generator().next());

async function asyncFunction() {
  let outer = 'async outer';
  try {
    { const inner = 2; const capture = () => inner; await null; return capture(); }
  } finally {
    console.log('async finally sees', outer);
  }
}

function closures() {
  let outer = 'closure outer';
  const read = () => outer;
  for (const item of [1, 2, 3]) {
    try {
      { let local = item; const keep = () => local; if (item === 2) return keep(); }
    } finally {
      console.log('loop finally', item, read());
    }
  }
  return 'not reached';
}
console.log('closures returned', closures());

function nestedFinally() {
  let level = 'function';
  try {
    { let a = 'a'; const fa = () => a;
      try {
        { let b = 'b'; const fb = () => b; return fa() + fb(); }
      } finally {
        console.log('inner finally', level, fa());
      }
    }
  } finally {
    console.log('outer finally', level);
  }
}
console.log('nested returned', nestedFinally());

asyncFunction().then((value) => console.log('async returned', value));
