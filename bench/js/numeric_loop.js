// Integer and floating-point arithmetic in tight loops.
let sum = 0;
for (let i = 0; i < 3000000; i++) {
    sum = (sum + i * 7) % 1000003;
}
let x = 0.5;
for (let i = 0; i < 1000000; i++) {
    x = x * 1.0000001 + 0.25 / (i + 1);
}
console.log(sum, (x * 1000) | 0);
