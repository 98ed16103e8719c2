def depth_of(node):
    if node is None:
        return 0
    return 1 + depth_of(node.get("next"))


chain = None
for i in range(5):
    chain = {"value": i, "next": chain}
print(depth_of(chain))

broken = {"value": 0}
broken["next"] = {"value": 1, "next": {"value": 2, "next": "tail"}}
depth_of(broken)
