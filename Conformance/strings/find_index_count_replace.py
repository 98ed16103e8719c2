# Searching and replacing substrings
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"), s.rfind("the", 0, 20))
print(s.index("cat"), s.rindex("at"), s.count("the"), s.count("at"), s.count(""), "".count(""))
print(s.count("t", 10, 20), s.find("at", -5), s.find("", 3), s.find("", 100))
print(s.replace("the", "a"), s.replace("the", "a", 2), s.replace("", "-")[:20])
print("aaaa".replace("aa", "b"), "aaaa".count("aa"), "banana".replace("an", "AN", 1))
print("the" in s, "dog" not in s, "" in s, s.startswith("the"), s.endswith("hat"))
positions = []
start = 0
while True:
    i = s.find("at", start)
    if i == -1:
        break
    positions.append(i)
    start = i + 1
print(positions)
template = "Dear NAME, your order ORDER ships DATE."
for k, v in [("NAME", "Ana"), ("ORDER", "#1042"), ("DATE", "Monday")]:
    template = template.replace(k, v)
print(template)
print("mississippi".replace("ss", "SS").replace("i", "!", -1))
print("abc".replace("b", ""), "a.b.c".replace(".", "", 1))
try:
    print(s.index("dog"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s.rindex("zebra"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s.count(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s.replace("a"))
except TypeError as e:
    print(type(e).__name__, e)
