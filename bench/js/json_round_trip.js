// JSON.parse then JSON.stringify of a generated document of about 20 MB (records with
// strings, numbers, booleans, nulls, nested objects and arrays, escapes).
const records = [];
for (let i = 0; records.length < 90000; i++) {
    records.push({
        id: i,
        name: "record " + i + " \"quoted\"\n",
        price: i * 1.25 + 0.1,
        active: i % 3 === 0,
        missing: null,
        tags: ["alpha", "beta" + (i % 7), "gamma\u00e9"],
        position: { x: i % 1000, y: -i / 7, label: "p" + (i % 97) },
        history: [i, i + 1, i + 2, i * 2],
    });
}
const text = JSON.stringify({ version: 1, records });
let checksum = text.length;
for (let round = 0; round < 3; round++) {
    const document = JSON.parse(text);
    const again = JSON.stringify(document);
    checksum += again.length + document.records.length + document.records[round].position.x;
}
console.log(checksum);
