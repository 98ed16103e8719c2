total = 1 + \
        2 + \
        3
print(total)

x = 1; y = 2; z = x + y; print(x, y, z)
if x < y: print("inline if body"); print("second statement")

values = [
    1,
    2,
    3,  # trailing comma allowed
]
config = {
    "a": 1,
    "b": (
        2
        + 3
    ),
}
result = sum(
    v * 2
    for v in values
)
print(values, config, result)

long_condition = (x == 1 and
                  y == 2 and
                  z == 3)
print(long_condition)

text = "one" \
       "two"
print(text)


def f(a,
      b=2,
      *args,
      c=3,
      **kwargs,
):
    return a + b + c


print(f(1,
        ))
for i in range(2): print("loop", i)
while False: pass
class Empty: pass
print(Empty.__name__); print("done")
