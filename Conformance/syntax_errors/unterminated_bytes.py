a = 1
b = 2
data = b'abc
