// Accessors show as [Getter], [Setter], [Getter/Setter]; class instances with prototypes.
const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
};
console.log(o);
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get length() { return Math.hypot(this.x, this.y); }
}
console.log(new Point(3, 4));
console.log(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }));
