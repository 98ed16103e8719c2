# Shadowing a builtin with a value, then calling it (uncaught TypeError)
data = [4, 1, 3]
print(sum(data), len(data), max(data))
total = sum(data)
print("total", total)
sum = 0
for v in data:
    sum += v
print("manual sum", sum)
print("builtin again:", sum(data))
