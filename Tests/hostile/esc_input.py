# expect: error:EOFError
# input() with stdin closed (/dev/null).
name = input('secret? ')
print(name)
