def tree_nodes(node, depth=0):
    yield "  " * depth + node["name"]
    for child in node.get("children", []):
        yield from tree_nodes(child, depth + 1)


tree = {
    "name": "project",
    "children": [
        {"name": "src", "children": [{"name": "main.py"}, {"name": "util.py"}]},
        {"name": "README.md"},
    ],
}
for line in tree_nodes(tree):
    print(line)


def self_ref():
    yield next(me)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)


def sized(n):
    yield from range(n)


try:
    len(sized(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    sized(3)[0]
except TypeError as e:
    print(type(e).__name__, e)
