import asyncio


async def fetch(name):
    await asyncio.sleep(0)
    return f"data:{name}"


async def process(name):
    raw = await fetch(name)
    return raw.upper()


async def main():
    print(await fetch("a"))
    print(await process("b"))
    coro = fetch("c")
    print(type(coro).__name__)
    print(await coro)
    results = []
    for n in ["x", "y"]:
        results.append(await process(n))
    print(results)
    return "main done"


print(asyncio.run(main()))


async def add(a, b):
    return a + b


print(asyncio.run(add(2, 3)))
