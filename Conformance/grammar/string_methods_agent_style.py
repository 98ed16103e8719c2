raw = "  Name: Ada Lovelace ; Role: Engineer ; Skills: math, poetry , code  "
fields = {}
for part in raw.strip().split(";"):
    key, _, value = part.partition(":")
    fields[key.strip().lower()] = value.strip()
print(fields)
skills = [s.strip() for s in fields["skills"].split(",")]
print(skills, ", ".join(sorted(skills)))
print(fields["name"].upper(), fields["name"].lower(), fields["name"].title(), fields["name"].swapcase())
print(fields["name"].split(), fields["name"].rsplit(" ", 1), "a,,b".split(","))
print("hello world".capitalize(), "x".center(5, "*"), "7".zfill(3), "ab".ljust(4, ".") + "|")
print("report.final.pdf".rpartition("."), "file.tar.gz".endswith((".gz", ".zip")))
print("abc".startswith("b", 1), "banana".count("an"), "banana".rfind("a"), "banana".find("z"))
print("Hello".replace("l", "L"), "a-b-c".replace("-", "", 1), "tab\tsep".expandtabs(4))
print("line1\nline2\r\nline3".splitlines(), "x".join("abc"), "".join([]))
print("42".isdigit(), "abc".isalpha(), "a1".isalnum(), " ".isspace(), "Ab".istitle(), "AB".isupper())
print("  pad  ".lstrip(), "|" + "  pad  ".rstrip() + "|", "xxhixx".strip("x"))
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "{0}-{1}-{0}".format("a", "b"))
print("{name} is {age:>3}".format(name="Bo", age=7), "{:,}".format(1234567))
print(str(12) + "3", repr("q'uote"), ord("A"), chr(97), "é".encode("utf-8"))
print("prefix_value".removeprefix("prefix_"), "value.txt".removesuffix(".txt"))
print(sorted("banana"), "ab" < "b", "a" * 3, "abc"[::-1], "CamelCase".casefold())
