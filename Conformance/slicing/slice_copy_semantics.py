# Slices of lists are shallow copies; slices of strings and tuples are new values
orig = [[1, 2], [3, 4], 5]
copy = orig[:]
print(copy == orig, copy is orig, copy[0] is orig[0])
copy[2] = 50
copy[0].append(99)
print(orig, copy)
part = orig[1:]
part[0][0] = "changed"
print(orig, part)
rev = orig[::-1]
rev.append("tail")
print(orig, rev)
t = (1, 2, 3)
print(t[:] == t, len(t[:]), t[::-1])
s = "hello"
print(s[:] == s, s[1:] + s[:1], s[:0] == "")
buf = list(range(6))
view = buf[2:4]
buf[2] = "X"
print(buf, view)
matrix = [[0] * 3 for _ in range(3)]
row_copy = matrix[0][:]
row_copy[0] = 1
col = [row[1] for row in matrix]
col[0] = 7
print(matrix, row_copy, col)
stack = [1, 2, 3, 4, 5]
top3 = stack[-3:]
del stack[-3:]
print(stack, top3)
