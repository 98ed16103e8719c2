class Box:
    def __init__(self, value):
        self.value = value

box = Box(1)
import asyncio
await asyncio.sleep(0)
