# Comparisons, chaining and mixed int/float/bool equality
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= 1 < 2 != 3)
print(0 == False, 1 == True, 2 == True, 1.0 == True)
print(10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 2**53 == float(2**53))
print(10**400 > 1e308, -(10**400) < -1e308)
print(float("inf") > 10**400, float("-inf") < -(10**400))
print(3 != 3.0, x is not None, not 0, not 7)
print(max(1, True), min(0, False), max(True, 1))
values = [3, -1, 2**70, 0, True, 2.5, -(2**70)]
print(sorted(values))
print(sorted(values, reverse=True))
grades = [("ana", 91), ("bo", 78), ("cy", 91), ("di", 85)]
for name, score in grades:
    if score >= 90:
        label = "A"
    elif 80 <= score < 90:
        label = "B"
    else:
        label = "C"
    print(name, score, label)
def compare(a, b):
    return (a > b) - (a < b)
print([compare(a, b) for a, b in [(1, 2), (2, 2), (3, 2), (-(10**30), 10**30)]])
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None >= 0)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1", [1] == [1.0])
