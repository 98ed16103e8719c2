# Removing items from a to-do list; removing an absent item raises uncaught ValueError
todo = ["write tests", "fix bug", "review PR", "deploy"]
done = ["fix bug", "deploy"]
for item in done:
    todo.remove(item)
    print("removed", repr(item), "->", todo)
print("remaining:", todo)
print("celebrate" in todo, todo.count("celebrate"))
todo.remove("celebrate")
print("unreachable")
