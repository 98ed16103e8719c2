x = 1.5
y = 3
z = 2
s = f'{x:{y:{z}}}'
print(s)
