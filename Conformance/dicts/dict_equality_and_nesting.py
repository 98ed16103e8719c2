# Equality ignores order; nested structures compare deeply
a = {"x": 1, "y": [1, 2], "z": {"k": (1, 2)}}
b = {"z": {"k": (1, 2)}, "y": [1, 2], "x": 1}
c = {"x": 1, "y": [1, 2], "z": {"k": [1, 2]}}
print(a == b, a == c, a != c, list(a) == list(b))
print({1: "a"} == {1.0: "a"}, {"a": 1} == {"a": True}, {} == dict())
print(a.items() == b.items(), a.keys() == b.keys(), list(a.values()) == list(b.values()))
tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "b1x", "children": []}]}]},
]}
def walk(node, depth=0):
    print("  " * depth + node["name"])
    for child in node["children"]:
        walk(child, depth + 1)
walk(tree)
def count(node):
    return 1 + sum(count(c) for c in node["children"])
def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)
print(count(tree), depth(tree))
def get_path(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return default
    return cur
print(get_path(tree, "children.1.children.0.name"), get_path(tree, "children.5.name", "?"))
print(get_path({"a": {"b": {"c": 42}}}, "a.b.c"), get_path({"a": 1}, "a.b"))
