def handle_message(msg):
    match msg:
        case {"role": "user", "content": str(text)} if text.strip():
            return f"user says: {text.strip()}"
        case {"role": "user"}:
            return "empty user message"
        case {"role": "assistant", "tool_calls": [{"name": name, "args": dict(args)}]}:
            return f"call {name}({', '.join(f'{k}={v!r}' for k, v in sorted(args.items()))})"
        case {"role": "assistant", "tool_calls": [_, _, *more]}:
            return f"parallel calls: {2 + len(more)}"
        case {"role": "tool", "result": {"ok": True, "value": value}}:
            return f"tool ok: {value}"
        case {"role": "tool", "result": {"ok": False, "error": err}}:
            return f"tool failed: {err}"
        case {"role": role}:
            return f"unhandled role {role}"
        case _:
            return "malformed"


msgs = [
    {"role": "user", "content": "  hello  "},
    {"role": "user", "content": "   "},
    {"role": "assistant", "tool_calls": [{"name": "search", "args": {"q": "py", "n": 3}}]},
    {"role": "assistant", "tool_calls": [{}, {}, {}]},
    {"role": "tool", "result": {"ok": True, "value": [1, 2]}},
    {"role": "tool", "result": {"ok": False, "error": "timeout"}},
    {"role": "system"},
    "just a string",
]
for m in msgs:
    print(handle_message(m))
