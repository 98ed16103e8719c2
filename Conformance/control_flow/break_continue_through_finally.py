log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)


def search(items, target):
    for idx, item in enumerate(items):
        try:
            if item == target:
                return idx
        finally:
            print("checked", item)
    return -1


print(search(["a", "b", "c"], "b"))
print(search([], "z"))

n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("iteration", n)
print("n =", n)

for outer in range(2):
    for inner in range(3):
        try:
            if inner == 1:
                break
        finally:
            print("cleanup", outer, inner)
