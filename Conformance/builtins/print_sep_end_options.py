# print() with sep, end and unusual arguments
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print(*range(5))
print(*range(5), sep="-", end="!\n")
print(*"abc", sep="/")
print(*[], sep="X")
print("", "", sep="+")
print("tab\tseparated", "values", sep="\t")
print("multi\nline\nstring")
print("end with", end=" ")
print("space", end="\n\n")
print("sep None", "works", sep=None)
print("end None", end=None)
print("after")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
rows = [["id", "name"], [1, "ann"], [2, "bob"]]
for r in rows:
    print(*r, sep=",")
print(end="")
print("flushed", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=1)
except TypeError as e:
    print(type(e).__name__, e)
