def greet(name: str, excited: bool = False) -> str:
    return f"Hello, {name}{'!' if excited else '.'}"


print(greet("Ada"))
print(greet("Bob", excited=True))
print(greet.__annotations__)

# Annotations are not enforced at runtime
print(greet(42))


def scale(values: list[float], factor: float = 2.0) -> list[float]:
    return [v * factor for v in values]


print(scale([1.0, 2.5]))
print(sorted(scale.__annotations__))


def no_annotations(a, b):
    return a + b


print(no_annotations.__annotations__)


def partial_ann(a: int, b, *args: str, c: "forward" = 1, **kw: dict) -> None:
    pass


for k, v in partial_ann.__annotations__.items():
    print(k, v)

print(partial_ann(1, 2))
print(greet.__name__, greet.__defaults__)
