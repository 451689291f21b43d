// Allocating many short-lived objects and arrays.
let total = 0;
for (let i = 0; i < 1000000; i++) {
    const o = { id: i, name: "n", tags: [i, i + 1] };
    total += o.tags[1] - o.id;
}
console.log(total);
