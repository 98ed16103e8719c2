import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} did {steps}"


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
    print(log)
    empty = await asyncio.gather()
    print(empty)
    mixed = await asyncio.gather(worker("d", 0), asyncio.sleep(0, result="slept"))
    print(mixed)


asyncio.run(main())
