def find_divisor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            print(f"{n} divisible by {d}")
            break
    else:
        print(f"{n} is prime")


for n in [2, 9, 17, 91, 97]:
    find_divisor(n)

for x in []:
    print("never")
else:
    print("else runs on empty loop")

for i in range(3):
    if i == 5:
        break
else:
    print("no break, i =", i)

for i in range(3):
    continue
else:
    print("continue does not prevent else")


def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                break
        else:
            continue
        return r, c
    return None


print(first_negative([[1, 2], [3, -4], [-5]]))
print(first_negative([[1], [2]]))
