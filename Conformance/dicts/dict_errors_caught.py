# KeyError messages and other dict errors
d = {"a": 1, 2: "two", (3, 4): "tuple", None: "none"}
for key in ["b", 5, (3, 5), "", 1.5, ("x",), "it's"]:
    try:
        print(d[key])
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop(())
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    print(d + d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d < d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(d.keys() + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
print(dict(["ab", "cd"]))
