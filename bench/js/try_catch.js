// Entering try blocks, and throwing and catching errors.
function mayThrow(i) {
    if (i % 10 === 0)
        throw new Error("bad " + i);
    return i;
}
let total = 0;
let caught = 0;
for (let i = 0; i < 300000; i++) {
    try {
        total += mayThrow(i);
    } catch (e) {
        caught++;
    } finally {
        total++;
    }
}
console.log(total, caught);
