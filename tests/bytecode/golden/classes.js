class Base {
  field = 1;
  static count = 0;
  static { Base.count++; }
  constructor(v) { this.v = v; }
  get value() { return this.v; }
  set value(v) { this.v = v; }
  static create() { return new this(0); }
  [Symbol.iterator]() { return [][Symbol.iterator](); }
}
class Derived extends Base {
  constructor() {
    const early = () => this;
    super(1);
    this.early = early;
  }
  value2() { return super.value + new.target; }
}
class Lazy extends Base {
  constructor(v) {
    const init = () => super(v);
    init();
  }
}
