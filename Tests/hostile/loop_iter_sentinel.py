# expect: limit
# iter(callable, sentinel) whose sentinel never comes: int() is always 0.
for x in iter(int, 1):
    pass
