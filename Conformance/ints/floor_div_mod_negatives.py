# Floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (5, 5), (-5, 5)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(f"{a:>3} // {b:>3} = {q:>3}   {a:>3} % {b:>3} = {r:>3}   check={q * b + r == a}")
print(-17 // 5, -17 % 5)
print(17 // -5, 17 % -5)
print(-(17 // 5), -(17 % 5))
print(-10**20 // 3, -10**20 % 3)
print(10**20 // -3, 10**20 % -3)
print(-1 // 10**30, -1 % 10**30)
# Mixing with floats
print(-7 // 2.0, -7 % 2.0)
print(7.5 // -2, 7.5 % -2)
print(-0.5 // 1, -0.5 % 1)
# Hours and minutes from a negative offset
offset = -135
h, m = offset // 60, offset % 60
print("offset", offset, "->", h, "h", m, "m")
# Circular index
items = ["a", "b", "c", "d"]
for step in [-1, -5, 6, -9]:
    print(step, items[step % len(items)])
# Boolean operands
print(True // 1, True % 2, -True // 2)
