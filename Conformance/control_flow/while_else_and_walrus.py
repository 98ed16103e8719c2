data = [5, 3, 8, 0, 2]
i = 0
while i < len(data):
    if data[i] == 0:
        print("found zero at", i)
        break
    i += 1
else:
    print("no zero")

n = 10
while n > 0:
    n -= 3
else:
    print("while finished normally, n =", n)

queue = ["task1", "task2", "task3"]
while (task := queue.pop(0) if queue else None) is not None:
    print("running", task)
print("queue empty:", queue)

chunks = iter(["ab", "cd", "", "ef"])
collected = []
while chunk := next(chunks):
    collected.append(chunk)
print(collected)

values = [3, 7, 1, 9, 4]
if (largest := max(values)) > 5:
    print("largest", largest)
print([y for x in values if (y := x * 2) > 6])

count = 0
while True:
    count += 1
    if count >= 4:
        break
print("count", count)
