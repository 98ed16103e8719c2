import asyncio


async def fetch_page(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"bad page {n}")
    return f"page-{n}"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_page(i)) for i in range(3)]
    print([t.result() for t in tasks])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_page(1))
            tg.create_task(fetch_page(-1))
            tg.create_task(fetch_page(-2))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg)
        print(sorted(str(e) for e in eg.exceptions))


asyncio.run(main())


async def forgot_await():
    value = fetch_page(5)
    try:
        return value + "!"
    except TypeError as e:
        print(type(e).__name__, e)
    finally:
        value.close()
    return await fetch_page(5) + "!"


print(asyncio.run(forgot_await()))
