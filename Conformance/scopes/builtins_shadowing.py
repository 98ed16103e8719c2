def process(list_of_items):
    len = 5
    return len


print(process([1, 2]))
print(len([1, 2]))


def uses_builtin_then_shadow():
    try:
        return max([1, 2])
    finally:
        pass


print(uses_builtin_then_shadow())

sum = lambda items: "shadowed sum"
print(sum([1, 2, 3]))
del sum
print(sum([1, 2, 3]))

def local_print():
    print = lambda *a: "swallowed"
    return print("hello")


print(local_print())


def make_str_shadow():
    str = int
    return str("42") + 1


print(make_str_shadow())
print(str(42) + "1")

list = [1, 2]
try:
    list("abc")
except TypeError as e:
    print(type(e).__name__, e)
del list
print(list("abc"))
