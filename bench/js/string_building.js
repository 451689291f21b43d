// Building strings by concatenation and reading them back.
let total = 0;
for (let round = 0; round < 50; round++) {
    let text = "";
    for (let i = 0; i < 20000; i++)
        text += "item" + i + ",";
    total += text.length + text.charCodeAt(text.length - 2);
}
console.log(total);
