# Pairing up adjacent elements with an off-by-one bug (uncaught IndexError)
readings = [10, 12, 15, 11, 9]
print("readings:", readings)
print("first:", readings[0], "last:", readings[-1], "len:", len(readings))
try:
    readings[5]
except IndexError as e:
    print("caught:", e)
deltas = []
for i in range(len(readings)):
    delta = readings[i + 1] - readings[i]
    deltas.append(delta)
    print(f"step {i}: {readings[i]} -> {readings[i + 1]} ({delta:+d})")
print("unreachable", deltas)
