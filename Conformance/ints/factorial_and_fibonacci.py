# Big int sequences computed iteratively
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

for n in [0, 1, 5, 10, 20, 25, 50]:
    print(f"{n}! = {factorial(n)}")
print([fib(i) for i in range(15)])
print(fib(100))
print(fib(300))
f100 = factorial(100)
digits = str(f100)
print(len(digits), digits[:20], digits[-30:])
trailing = len(digits) - len(digits.rstrip("0"))
print("trailing zeros:", trailing)
# Binomial coefficients
def comb(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
print([comb(10, k) for k in range(11)])
print(comb(100, 50))
# Catalan numbers
print([comb(2 * n, n) // (n + 1) for n in range(12)])
# Collatz lengths
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
