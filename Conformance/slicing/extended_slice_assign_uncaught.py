# Extended slice assignment requires equal lengths (uncaught ValueError)
cells = list("..........")
cells[::3] = ["#"] * len(cells[::3])
print("".join(cells))
cells[1:4] = ["a", "b"]
print("".join(cells), len(cells))
cells[::2] = list("ABCDE")
print("".join(cells))
print("odd slots:", len(cells[1::2]))
cells[1::2] = ["x", "y"]
print("unreachable")
