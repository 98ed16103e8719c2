import asyncio


async def source(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def amap(fn, agen):
    async for x in agen:
        yield fn(x)


async def afilter(pred, agen):
    async for x in agen:
        if pred(x):
            yield x


async def take(n, agen):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == n:
            break
    return out


async def main():
    pipeline = amap(lambda x: x * x, afilter(lambda x: x % 2 == 1, source(20)))
    print(await take(4, pipeline))
    total = 0
    async for v in amap(str, source(5)):
        total += len(v)
    print(total)
    print(sorted([s async for s in amap(lambda x: -x, source(3))]))


asyncio.run(main())
