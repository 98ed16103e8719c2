def todo():
    ...


def also_todo():
    pass


class Placeholder:
    ...


print(todo(), also_todo(), Placeholder.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(...), str(...), bool(...))
x = ...
if x is ...:
    print("x is Ellipsis")
print([..., 1, ...].count(...))
print({...: "ellipsis key"}[...])


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[...], g[1, ...], g[..., 0], g[1:2, ...])
print(g[::], g[1:], g[:, 1], g[1:2:3])
for _ in range(2):
    pass
while False:
    ...
print("done")
