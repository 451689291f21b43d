#pragma once
// The globals the Node runtime adds to the realm. Each is an accessor that loads its library
// module the first time it is read, then turns into a plain data property, so a program pays
// only for what it touches (`sable -e 0` loads no JS at all).

namespace sable::stdlib {

class NodeHost;

void install_node_globals(NodeHost&);

}
