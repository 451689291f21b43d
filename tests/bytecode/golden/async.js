// Constructs the generator does not support yet compile to a TypeError thrown when reached.
async function* agen() { yield 1; }
async function loop(items) { for await (const item of items) console.log(item); }
async function* delegating(inner) { const r = yield* inner; return r; }
