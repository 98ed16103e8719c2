# Computes averages, then hits an uncaught ZeroDivisionError
groups = {"north": [10, 20, 30], "south": [5, 15], "east": []}
for name in ["north", "south"]:
    values = groups[name]
    print(name, sum(values) // len(values), sum(values) % len(values))
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("caught:", e)
try:
    print(1.5 // 0)
except ZeroDivisionError as e:
    print("caught:", e)
print("now east")
values = groups["east"]
print(sum(values) // len(values))
print("unreachable")
