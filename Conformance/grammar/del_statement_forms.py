a = 1
b = 2
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)

c, d = 3, 4
del c, d
print("c" in dir(), "b" in dir())

items = [0, 1, 2, 3, 4, 5, 6, 7]
del items[0]
del items[-1]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)

data = {"x": 1, "y": 2, "z": 3}
del data["y"]
print(data)
try:
    del data["missing"]
except KeyError as e:
    print(type(e).__name__, e)


class Obj:
    cls_attr = "class"


o = Obj()
o.inst = "instance"
del o.inst
print(hasattr(o, "inst"))
del Obj.cls_attr
print(hasattr(o, "cls_attr"))

nested = {"a": [1, 2, {"b": 3}]}
del nested["a"][2]["b"], nested["a"][0]
print(nested)

(e, f), g = (5, 6), 7
del (e, f), [g]
print(sorted(n for n in ("e", "f", "g") if n in globals()))

try:
    del items[10]
except IndexError as err:
    print(type(err).__name__, err)
del b
del b
