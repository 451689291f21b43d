// Property reads and writes on objects of one shape.
function Point(x, y) {
    this.x = x;
    this.y = y;
}
const points = [];
for (let i = 0; i < 100; i++)
    points.push(new Point(i, i * 2));
let total = 0;
for (let round = 0; round < 20000; round++) {
    for (let i = 0; i < points.length; i++) {
        const p = points[i];
        p.x = p.x + 1;
        total += p.x + p.y;
    }
}
console.log(total);
