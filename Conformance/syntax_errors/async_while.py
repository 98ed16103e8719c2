async def f():
    async while True:
        pass
