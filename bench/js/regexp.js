// RegExp workloads: a sticky tokenizer over a large source text, replace with a callback, split,
// and a backtracking-heavy pattern.
const unit = "let value_1 = call(alpha, 42) + 3.5e2; // comment here\nif (x >= 10) { y = \"str\\\"ing\"; }\n";
const source = unit.repeat(6000);
const token = /\s+|\/\/[^\n]*|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?(?:e\d+)?|"(?:[^"\\]|\\.)*"|[{}()\[\];,.=+\-*\/<>!]=?|./y;
let tokens = 0;
token.lastIndex = 0;
while (token.lastIndex < source.length) {
    const match = token.exec(source);
    if (!match)
        break;
    if (match[0].trim() !== "")
        tokens++;
}
const replaced = source.replace(/[A-Za-z_]\w*/g, (word) => word.length > 4 ? word.toUpperCase() : word);
const lines = source.split(/\n/);
const fields = lines.join(",").split(/\s*[,;]\s*/);
let backtracking = 0;
const heavy = /^(a+|b+|ab)+c$/;
for (let i = 0; i < 200; i++) {
    const subject = "ab".repeat(10 + (i % 5)) + (i % 2 ? "c" : "d");
    if (heavy.test(subject))
        backtracking++;
}
const emails = ("user" + "name".repeat(3) + "@example.com, ").repeat(20000);
const found = emails.match(/[a-z]+@[a-z]+\.[a-z]{2,}/g).length;
console.log(tokens, replaced.length, lines.length, fields.length, backtracking, found);
