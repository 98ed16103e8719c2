import asyncio


async def producer(queue, items):
    for item in items:
        await queue.put(item)
        print("produced", item)
    await queue.put(None)


async def consumer(queue, results):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        results.append(item * item)
        print("consumed", item)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(queue, [1, 2, 3, 4]), consumer(queue, results))
    print("results", results)
    print("empty", queue.empty(), queue.qsize())

    q2 = asyncio.Queue()
    for w in ["b", "a", "c"]:
        q2.put_nowait(w)
    drained = []
    while not q2.empty():
        drained.append(q2.get_nowait())
    print(drained)
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__)


asyncio.run(main())
