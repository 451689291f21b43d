function f(x) {
  try {
    if (x) throw new TypeError("bad");
    return 1;
  } catch ({ message }) {
    return message;
  } finally {
    x = 0;
  }
}
function g() {
  for (const item of [1, 2]) {
    try {
      if (item) break;
    } finally {
      console.log(item);
    }
  }
}
