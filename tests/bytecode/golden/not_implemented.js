// Constructs the generator does not support yet compile to a TypeError thrown when reached.
async function f() { await using resource = open(); }
class Decorated { @logged method() {} }
