x = 1
assert
