import asyncio


async def increment(counter, lock, name, times):
    for _ in range(times):
        async with lock:
            value = counter["value"]
            await asyncio.sleep(0)
            counter["value"] = value + 1
    return name


async def waiter(event, name, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} released")


async def main():
    counter = {"value": 0}
    lock = asyncio.Lock()
    names = await asyncio.gather(*(increment(counter, lock, f"w{i}", 5) for i in range(4)))
    print(names, counter["value"], lock.locked())

    event = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(event, n, log)) for n in ["a", "b"]]
    await asyncio.sleep(0)
    log.append("setting event")
    print(event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(log)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak concurrency", peak[0])


asyncio.run(main())
