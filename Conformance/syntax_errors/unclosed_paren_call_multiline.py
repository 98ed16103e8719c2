def f(*args):
    return args

result = f(1,
           2,
           3
print(result)
