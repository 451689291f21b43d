function params({ a, b: [c = 1, ...rest] = [] }, d = a, ...others) {
  return a + c + d + rest.length + others.length;
}
let { x, y: { z } = {}, ...more } = { x: 1 };
[x, z] = [z, x];
for (const [key, value] of Object.entries(more)) console.log(key, value);
for (var name in more) x += name;
