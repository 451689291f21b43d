// Recursive calls: fib(30) a few times.
function fib(n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
let result = 0;
for (let i = 0; i < 3; i++)
    result += fib(27);
console.log(result);
