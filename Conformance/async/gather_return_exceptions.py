import asyncio


async def call_tool(name, arg):
    await asyncio.sleep(0)
    if name == "divide":
        return 100 / arg
    if name == "lookup":
        return {"a": 1}[arg]
    raise NotImplementedError(f"tool {name!r} is not implemented")


async def main():
    calls = [("divide", 4), ("divide", 0), ("lookup", "a"), ("lookup", "z"), ("search", None)]
    results = await asyncio.gather(*(call_tool(n, a) for n, a in calls), return_exceptions=True)
    for (name, arg), r in zip(calls, results):
        if isinstance(r, Exception):
            print(f"{name}({arg!r}) failed: {type(r).__name__}: {r}")
        else:
            print(f"{name}({arg!r}) = {r}")

    try:
        await asyncio.gather(call_tool("divide", 2), call_tool("lookup", "missing"))
    except KeyError as e:
        print("gather raised", type(e).__name__, e)


asyncio.run(main())
