function* gen() { yield 1; }
async function asy() { await 1; }
class P { #secret = 1; get secret() { return this.#secret; } }
class Q {
  static #count = 0;
  #m() { return Q.#count++; }
  get #a() { return 1; }
  set #a(v) {}
  static has(o) { return #m in o; }
  run() { this.#a = this.#m(); return this.#a; }
}
function* delegate() { const r = yield* gen(); return r; }
