# expect: ok
# A RecursionError is an ordinary exception: catching it leaves the program fully usable.
def f(n):
    return f(n + 1)

caught = 0
for _ in range(3):
    try:
        f(0)
    except RecursionError:
        caught += 1

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(caught, fib(20))
