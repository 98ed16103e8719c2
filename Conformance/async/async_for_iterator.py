import asyncio


class Ticker:
    def __init__(self, count):
        self.count = count
        self.current = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current += 1
        return self.current


async def paged_results(pages):
    for page_no, page in enumerate(pages, 1):
        await asyncio.sleep(0)
        for item in page:
            yield page_no, item


async def main():
    async for tick in Ticker(3):
        print("tick", tick)

    collected = [x async for x in Ticker(4)]
    print(collected)

    async for page, item in paged_results([["a", "b"], [], ["c"]]):
        print(page, item)

    evens = [n async for n in Ticker(6) if n % 2 == 0]
    print(evens)

    agen = paged_results([[1]])
    print(type(agen).__name__)
    print(await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("async generator exhausted")


asyncio.run(main())
