# Stripping and case conversion methods
s = "  \t Hello, World!  \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixyx".strip("xy")), repr("www.example.com".lstrip("w.")), repr("file.txt..".rstrip(".")))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("z"))
t = "hello WORLD, it's a tEST of straße"
print(t.upper())
print(t.lower())
print(t.title())
print(t.capitalize())
print(t.swapcase())
print(t.casefold())
print("ß".upper(), "ß".lower(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("ǅ".upper(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper())
print("they're bill's friends".title(), "3rd place".title(), "hello_world-foo bar".title())
print("ΣΑΣ".lower(), "Σ".lower(), "ΌΣΟΣ".lower())
print("abc".upper().lower() == "abc", "ABC".isupper(), "Abc".istitle(), "abc".islower())
print("123".upper(), "".upper(), "  ".strip() == "")
names = ["  Alice ", "BOB", "charlie  ", "dAVE"]
clean = [n.strip().capitalize() for n in names]
print(clean)
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print(str.upper("mixed"), str.strip("..a..", "."))
