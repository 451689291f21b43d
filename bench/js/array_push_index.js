// Growing arrays with push, then indexed reads and writes.
let checksum = 0;
for (let round = 0; round < 20; round++) {
    const array = [];
    for (let i = 0; i < 100000; i++)
        array.push(i * 3);
    for (let i = 0; i < array.length; i++)
        array[i] = array[i] + round;
    for (let i = 0; i < array.length; i += 7)
        checksum = (checksum + array[i]) % 1000000007;
}
console.log(checksum);
