total = 10


def add_to_total(x):
    total = total + x
    return total


try:
    add_to_total(5)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def conditional_assign(flag):
    if flag:
        result = "set"
    return result


print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def deleted_local():
    x = 1
    del x
    return x


try:
    deleted_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)

print(issubclass(UnboundLocalError, NameError))


def loop_var_never_bound():
    for item in []:
        pass
    return item


try:
    loop_var_never_bound()
except NameError as e:
    print(type(e).__name__, e)

print(add_to_total(1))
