# The self-documenting = specifier in f-strings
a = 7
b = 3.5
name = "widget"
items = [1, 2, 3]
print(f"{a=}")
print(f"{b=}")
print(f"{name=}")
print(f"{items=}")
print(f"{a + b=}")
print(f"{a * 2 = }")
print(f"{name=!s}")
print(f"{name=:>10}")
print(f"{b=:.3f}")
print(f"{len(items)=}")
print(f"{items[-1]=}, {items[::-1]=}")
print(f"{name.upper()=}")
print(f"{a > 5=}")
print(f"{'lit'=}")
print(f"{ a = }")
print(f"{a=!r:>4}|")
d = {"k": 1}
print(f"{d['k']=}")
print(f"{None=} {True=}")
def area(w, h):
    return w * h
print(f"{area(3, 4)=}")
print(f"{[x * x for x in range(4)]=}")
