import asyncio


class RateLimited(Exception):
    pass


async def call_api(n):
    await asyncio.sleep(0)
    if n % 3 == 0:
        raise RateLimited(f"request {n} throttled")
    return n * 10


async def with_retry(n, attempts=2):
    for attempt in range(attempts):
        try:
            return await call_api(n + attempt)
        except RateLimited as e:
            print("retrying after:", e)
    raise RuntimeError(f"request {n} failed after {attempts} attempts")


async def main():
    print(await with_retry(1))
    print(await with_retry(3))
    try:
        await with_retry(3, attempts=1)
    except RuntimeError as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    outcomes = {}
    for n in [4, 6]:
        try:
            outcomes[n] = await with_retry(n, attempts=1)
        except RuntimeError as e:
            print("gave up:", e)
    return outcomes


summary = asyncio.run(main())
print(summary)
print("request 6 ->", summary[6])
