function* gen() { yield 1; }
async function asy() { await 1; }
class P { #secret = 1; get secret() { return this.#secret; } }
