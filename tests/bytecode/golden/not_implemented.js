// Constructs the generator does not support yet compile to a TypeError thrown when reached.
class Decorated { @logged method() {} }
