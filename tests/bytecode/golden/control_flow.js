function loops(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (i % 2) continue;
    total += i;
  }
  while (total > 100) total = total - 1;
  do { total++; } while (total < 10);
  outer: for (var j = 0; j < 3; j++) {
    for (var k = 0; k < 3; k++) {
      if (k == j) continue outer;
      if (k > j) break outer;
    }
  }
  return total;
}
function choose(x) {
  switch (x) {
    case 1: return "one";
    case 2:
    case 3: { let y = x; return y; }
    default: break;
  }
  return x ? "yes" : "no";
}
function closures() {
  const fs = [];
  for (let i = 0; i < 3; i++) fs.push(() => i);
  return fs;
}
