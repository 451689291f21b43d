function outer() {
  const f = () => this.x;
  const g = () => () => new.target;
  return [f, g];
}
const top = () => this;
function plain() { return this; }
