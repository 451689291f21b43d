function f() {
  using a = open("a");
  for (const x of [1]) {
    using b = open(x);
    if (x) break;
  }
  return a;
}
