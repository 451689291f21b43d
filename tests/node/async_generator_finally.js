// An async generator paused at a yield inside a for-let loop (its per-iteration environment)
// and ended by break in for await runs its finally block with the generator's own bindings.
class A {
  #closed = false;
  async read() { return 1; }
  async *entries() { try { for (let e = 1; e !== null; e = await this.read()) { yield e; } } finally { console.log('closed?', this.#closed); } }
  [Symbol.asyncIterator]() { return this.entries(); }
}
(async () => { for await (const x of new A()) break; console.log('after'); })();
async function* g() { let local = 'L'; try { for (let e = 1; e !== null; e = await Promise.resolve(2)) { yield e; } } finally { console.log('finally', local); } }
(async () => { for await (const x of g()) break; console.log('after'); })();
async function* h() { let local = 'H'; try { yield 1; } finally { console.log('finally', local); } }
(async () => { for await (const x of h()) break; console.log('after h'); })();
