# expect: ok
# Building and splitting a ~600 KB string.
s = ','.join(str(i) for i in range(100000))
parts = s.split(',')
print(len(s), len(parts), parts[-1], s.count('9'))
