# Nested `for i in range(...)` loops doing integer arithmetic on locals.


def compute(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            x = i * j + (i ^ j)
            if x % 3 == 0:
                acc += x // 3
            else:
                acc -= (x % 7) - j
        acc = acc % 1000000007
    return acc


def triangle(n):
    count = 0
    for a in range(1, n):
        for b in range(a, n):
            c2 = a * a + b * b
            if c2 % 5 == 1:
                count += 1
    return count


def main():
    r1 = compute(2300)
    r2 = triangle(1900)
    print("loops:", r1, r2)


main()
