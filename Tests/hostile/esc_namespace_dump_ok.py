# expect: ok
# Printing every namespace the program can see must not show anything from the host.
print(globals())
print(locals())
print(vars())
print(dir())
print(sorted(dir(__builtins__)) if not isinstance(__builtins__, dict) else sorted(__builtins__))
print(__name__)
