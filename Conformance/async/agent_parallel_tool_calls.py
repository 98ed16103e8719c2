import asyncio

TOOL_LATENCY = {"search": 3, "weather": 1, "calculator": 0}


async def run_tool(name, args):
    for _ in range(TOOL_LATENCY.get(name, 0)):
        await asyncio.sleep(0)
    if name == "search":
        return [f"result for {args['q']} #{i}" for i in range(2)]
    if name == "weather":
        return {"city": args["city"], "temp_c": 21}
    if name == "calculator":
        return eval_expr(args["expr"])
    raise KeyError(name)


def eval_expr(expr):
    a, op, b = expr.split()
    a, b = int(a), int(b)
    return {"+": a + b, "-": a - b, "*": a * b}[op]


async def agent_step(tool_calls):
    async def guarded(call):
        try:
            return {"id": call["id"], "ok": True, "output": await run_tool(call["name"], call["args"])}
        except Exception as e:
            return {"id": call["id"], "ok": False, "error": f"{type(e).__name__}: {e}"}

    return await asyncio.gather(*(guarded(c) for c in tool_calls))


calls = [
    {"id": 1, "name": "search", "args": {"q": "monty"}},
    {"id": 2, "name": "weather", "args": {"city": "Oslo"}},
    {"id": 3, "name": "calculator", "args": {"expr": "6 * 7"}},
    {"id": 4, "name": "calculator", "args": {"expr": "1 / 2"}},
    {"id": 5, "name": "browser", "args": {}},
]
for r in asyncio.run(agent_step(calls)):
    print(r)
