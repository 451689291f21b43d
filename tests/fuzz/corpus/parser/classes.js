class A extends (B, C) {
  #priv = 1;
  static #sp;
  static { this.#sp = 2; }
  static s = 3;
  "quoted" = 4;
  [computed] = 5;
  constructor(...args) { super(...args); new.target; }
  get #g() { return this.#priv; }
  set #g(v) { this.#priv = v; }
  #m() { return #priv in this; }
  static async *gen() { yield super.x; }
  'quoted'() {}
}
const D = class Named { method() { return Named; } };
