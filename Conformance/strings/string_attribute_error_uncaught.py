# Calling a list-only method on a string raises an uncaught AttributeError
name = "monty"
print(name.upper(), name.capitalize(), name.center(11, "*"))
letters = list(name)
letters.append("!")
print(letters, "".join(letters))
print(hasattr(name, "upper"), hasattr(name, "append"))
try:
    name.reverse()
except AttributeError as e:
    print("caught:", e)
print(getattr(name, "title")())
name.append("!")
print("unreachable")
