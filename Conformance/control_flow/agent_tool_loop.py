TOOLS = {
    "add": lambda a, b: a + b,
    "upper": lambda s: s.upper(),
    "fail": lambda: 1 / 0,
}

plan = [
    ("add", (2, 3)),
    ("upper", ("done",)),
    ("missing", ()),
    ("fail", ()),
    ("add", ("x", 1)),
    ("stop", ()),
    ("add", (100, 1)),
]

results = []
for step, (tool, args) in enumerate(plan, 1):
    if tool == "stop":
        print(f"step {step}: stop requested")
        break
    fn = TOOLS.get(tool)
    if fn is None:
        results.append((step, "error", f"unknown tool {tool!r}"))
        continue
    try:
        out = fn(*args)
    except Exception as e:
        results.append((step, "error", f"{type(e).__name__}: {e}"))
    else:
        results.append((step, "ok", out))
else:
    print("plan completed without stop")

for r in results:
    print(*r)
print("ok count:", sum(1 for r in results if r[1] == "ok"))
