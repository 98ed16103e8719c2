count: int = 0
name: str = "monty"
ratio: float
items: list[int] = [1, 2]
mapping: dict[str, list[int]] = {}
print(count, name, items, mapping)
print(sorted(__annotations__))
print(__annotations__["count"], __annotations__["ratio"])

try:
    print(ratio)
except NameError as e:
    print(type(e).__name__, e)

count: int = count + 1
print(count)


class Config:
    host: str = "localhost"
    port: int = 8080
    debug: bool
    tags: "list[str]" = []


print(Config.host, Config.port)
print(list(Config.__annotations__))
print(hasattr(Config, "debug"))


def f():
    local: int = 5
    unassigned: str
    return local


print(f())
obj = Config()
obj.port: int = 9000
print(obj.port)
lst = [0]
lst[0]: int = 7
print(lst)
