# isinstance, issubclass and type(x).__name__ across builtin types
values = [0, True, 1.5, "s", b"b", None, [], (), {}, set(), frozenset(), range(2), slice(1),
          len, print, abs, type, iter([]), iter(()), iter(""), iter({}), enumerate([]), zip(),
          map(str, []), filter(None, []), reversed([]), (x for x in []), {}.keys(), {}.values(), {}.items()]
for v in values:
    print(type(v).__name__)
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1, float))
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)), isinstance([], (list,)))
print(isinstance(None, type(None)), type(None).__name__, type(type).__name__, type(int).__name__)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(bool, (str, int)))
print(type(1) is int, type(True) is int, type(True) == bool, type([]) == list)
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, str):
        return "text"
    if isinstance(x, (list, tuple, set)):
        return f"collection[{len(x)}]"
    if isinstance(x, dict):
        return "mapping"
    return "other:" + type(x).__name__
print([describe(v) for v in [1, False, 2.0, "a", [1, 2], (), {1}, {}, None, len]])
print(int.__name__, str.__name__, list.__name__, dict.__name__, len.__name__, bool.__name__)
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
