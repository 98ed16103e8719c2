import asyncio


class AsyncConnection:
    def __init__(self, name):
        self.name = name
        self.queries = []

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(f"close {self.name} (error: {exc_type.__name__ if exc_type else None})")
        return exc_type is LookupError

    async def query(self, sql):
        await asyncio.sleep(0)
        if "missing" in sql:
            raise LookupError(f"no rows for {sql!r}")
        if "bad" in sql:
            raise ValueError("syntax error")
        self.queries.append(sql)
        return len(self.queries)


async def main():
    async with AsyncConnection("db1") as conn:
        print(await conn.query("SELECT 1"))
        print(await conn.query("SELECT 2"))
    print(conn.queries)

    async with AsyncConnection("db2") as conn:
        await conn.query("SELECT missing")
        print("unreachable")
    print("LookupError suppressed")

    try:
        async with AsyncConnection("db3") as conn:
            await conn.query("bad sql")
    except ValueError as e:
        print("propagated:", e)


asyncio.run(main())
