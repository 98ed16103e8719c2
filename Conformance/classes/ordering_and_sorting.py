class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


versions = [Version(s) for s in ["1.10.0", "1.2.3", "0.9", "1.2", "2.0.0"]]
print(sorted(versions))
print(max(versions), min(versions))
print(Version("1.0") < Version("1.0.1"))
print(Version("3.0") > Version("2.9"))

try:
    Version("1.0") <= Version("1.0")
except TypeError as e:
    print(type(e).__name__, e)


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"


tasks = [Task(2, "write"), Task(1, "plan"), Task(2, "test"), Task(0, "think")]
tasks.sort()
print(tasks)
print(sorted(tasks, reverse=True)[0])

try:
    sorted([Task(1, "a"), 3])
except TypeError as e:
    print(type(e).__name__, e)
