# is* predicate methods over a variety of inputs
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "١٢٣", "½", "²", "3.14", "", " \t\n",
           "hello world", "_name", "2fast", "class", "ÉCOLE", "x_y_Z9", "Ⅻ", "a b"]
header = ["alpha", "alnum", "digit", "decimal", "numeric", "space", "upper", "lower", "title", "ident"]
print("sample".ljust(14), " ".join(h[:5].ljust(5) for h in header))
for s in samples:
    flags = [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier()]
    print(repr(s).ljust(14), " ".join(("T" if f else ".").ljust(5) for f in flags))
print("abc".isascii(), "é".isascii(), "".isascii(), "hello\x7f".isascii())
print("Hello\n".isprintable(), "Hello".isprintable(), "".isprintable(), "\t".isprintable())
tokens = "let x1 = 42 + y_2 * 3.5 - count".split()
kinds = []
for tok in tokens:
    if tok.isdigit():
        kinds.append(("INT", tok))
    elif tok.replace(".", "", 1).isdigit():
        kinds.append(("FLOAT", tok))
    elif tok.isidentifier():
        kinds.append(("NAME", tok))
    else:
        kinds.append(("OP", tok))
print(kinds)
