def parse_command(cmd):
    match cmd.split():
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["go" | "move" as verb, ("north" | "south" | "east" | "west") as direction]:
            return f"{verb} -> {direction}"
        case ["go", other]:
            return f"can't go {other}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case [("look" | "l")]:
            return "you see a room"
        case []:
            return "say something"
        case [word, *_] as all_words:
            return f"unknown command {word!r} ({len(all_words)} words)"


for c in ["quit", "q", "go north", "move west", "go up", "take lamp key", "take",
          "l", "", "dance wildly now"]:
    print(repr(c), "->", parse_command(c))


def classify(p):
    match p:
        case (0, _) | (_, 0) as axis_point:
            return f"on an axis: {axis_point}"
        case (int() | float() as x, int() | float() as y):
            return f"numeric point {x},{y}"
        case _:
            return "other"


print(classify((0, 5)), classify((3, 0)), classify((1.5, 2)), classify(("a", 1)))
