def outer(a, b):
    c = a + b

    def uses_a_and_c():
        return a, c

    def uses_nothing():
        return 42

    return uses_a_and_c, uses_nothing


f, g = outer(1, 2)
print(f())
print(f.__code__.co_freevars)
print([cell.cell_contents for cell in f.__closure__])
print(g.__closure__)
print(outer.__code__.co_cellvars)


def modifies_cell():
    value = 1

    def get():
        return value

    value = 99
    return get


print(modifies_cell()())
print(modifies_cell().__closure__[0].cell_contents)


def empty_cell():
    def get():
        return later
    cell = get.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    later = "set"
    return cell.cell_contents


print(empty_cell())
