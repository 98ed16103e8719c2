if True:
    pass
elif False:
    pass
else:
    pass

x = 5
if x > 3:
    if x > 4:
        print("nested if")
    else:
        print("unreachable")

while x:
    x -= 1
    if x == 2:
        break
print(x)

try:
    pass
except Exception:
    pass
else:
    print("try-else")
finally:
    print("finally")



class CM:
    def __enter__(self):
        return "resource"

    def __exit__(self, *a):
        return None


with CM() as r1, CM() as r2:
    print(r1, r2)
with (CM() as p1,
      CM() as p2):
    print(p1 == p2)
for i in range(3):
    if i == 1:
        continue
    print("i", i)
assert x == 2, "x should be 2"
del x
print("x" in globals())
def one_liner(): return "one line def"
print(one_liner())
