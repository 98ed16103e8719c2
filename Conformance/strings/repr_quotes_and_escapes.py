# repr(), str() of lists and ascii() of strs: quote choice with ' and ", backslashes, control and non-ASCII
# characters, DEL, NUL, and strs inside containers.
for s in ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\n", "é", "\x7f", "~", " ", "\x00", "'", '"', "'\"", "日本"]:
    print(repr(s), str([s]), ascii(s))
print(repr(["a", "b'c", 'd"e']), {"k'": "v"})
