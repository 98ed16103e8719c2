def handle(event):
    match event:
        case {"type": "click", "pos": [x, y]}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "resize", "size": {"w": w, "h": h}}:
            return f"resize {w}x{h}"
        case {"type": t}:
            return f"unhandled event type {t!r}"
        case {}:
            return "event without type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": [10, 20]},
    {"type": "click", "pos": [1, 2, 3]},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 42},
    {"type": "resize", "size": {"w": 800, "h": 600, "dpi": 2}},
    {"other": 1},
    [("type", "click")],
]
for e in events:
    print(handle(e))


def rest_capture(d):
    match d:
        case {"id": ident, **rest}:
            return ident, rest
    return None


print(rest_capture({"id": 7, "b": 2, "a": 1}))
