def show(*args, sep="-", **kwargs):
    return sep.join(map(str, args)) + (" " + str(sorted(kwargs.items())) if kwargs else "")


nums = [1, 2, 3]
more = {"end": "!"}
print(show(*nums))
print(show(*nums, sep="+"))
print(show(0, *nums, 4, sep="/"))
print(show(*nums, *nums, sep=""))
print(show(sep=":", *nums))
print(show(*nums, **more))
print(show(*nums, sep="|", **more, extra=1))
print(show(*"ab", **{"sep": "~"}))
print(max(*nums, key=lambda n: -n))
print(print(*nums, sep=", ", end=" <- printed\n"))
print(*[], sep="x")
print(*"abc")
args = ("%s=%d", ("a", 1))
print(args[0] % args[1])
print(sorted(*[[3, 1, 2]], reverse=True))
print(dict(**{"a": 1}, b=2))
print(list(zip(*[(1, "a"), (2, "b")])))
