# Conditional expressions versus filters in comprehensions
nums = [-3, -1, 0, 2, 5, 8, 13]
print([n for n in nums if n > 0])
print([n if n > 0 else 0 for n in nums])
print([("neg" if n < 0 else "zero" if n == 0 else "pos") for n in nums])
print([n // 2 if n % 2 == 0 else 3 * n + 1 for n in nums if n > 0])
def fizzbuzz(i):
    return "FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i)
print([fizzbuzz(i) for i in range(1, 16)])
print(["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i for i in range(1, 16)])
grades = {"ann": 91, "bob": 67, "cy": 78, "dee": 55, "eve": 88}
letter = {name: ("A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "D" if s >= 60 else "F")
          for name, s in grades.items()}
print(letter)
print(sorted(name for name, g in letter.items() if g in "AB"))
matrix = [[1, -2, 3], [-4, 5, -6]]
print([[v if v > 0 else 0 for v in row] for row in matrix])
print([[abs(v) for v in row if v % 2] for row in matrix])
strs = ["12", "abc", "7", "3.5", "-4"]
print([int(s) if s.lstrip("-").isdigit() else None for s in strs])
print([s for s in strs if not s.isdigit()], [len(s) for s in strs if s.isalpha() or s.isdigit()])
flags = [True, False, None, 0, 1, "", "x"]
print(["yes" if f else "no" for f in flags], [f for f in flags if f is not None and not f])
