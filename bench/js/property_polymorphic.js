// Property reads and writes at one site over objects of four shapes.
const objects = [];
for (let i = 0; i < 100; i++) {
    switch (i % 4) {
    case 0: objects.push({ value: i }); break;
    case 1: objects.push({ a: 1, value: i }); break;
    case 2: objects.push({ a: 1, b: 2, value: i }); break;
    default: objects.push({ a: 1, b: 2, c: 3, value: i }); break;
    }
}
let total = 0;
for (let round = 0; round < 20000; round++) {
    for (let i = 0; i < objects.length; i++) {
        const o = objects[i];
        o.value = o.value + 1;
        total += o.value;
    }
}
console.log(total);
