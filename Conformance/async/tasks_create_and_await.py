import asyncio

events = []


async def job(name, yields):
    events.append(f"start {name}")
    for _ in range(yields):
        await asyncio.sleep(0)
    events.append(f"end {name}")
    return name.upper()


async def main():
    t1 = asyncio.create_task(job("one", 2))
    t2 = asyncio.create_task(job("two", 0))
    events.append("tasks created")
    print(t1.done(), t2.done())
    r2 = await t2
    r1 = await t1
    print(r1, r2, t1.done(), t1.result())
    print(events)

    t3 = asyncio.create_task(job("three", 5))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("three cancelled:", t3.cancelled())
    print(events[-1])


asyncio.run(main())
