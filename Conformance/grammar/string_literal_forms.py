a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" with 'quotes'"""
e = r"raw \n stays"
f = R'C:\path\to\file'
g = "escapes:\t|\\|\'|\"|\x41|\u00e9|\N{GREEK SMALL LETTER ALPHA}|\101"
h = "implicit" ' concatenation' """ works"""
i = ("joined "
     "across "
     'lines')
print(a, b)
print(c)
print(d)
print(e, len(e))
print(f)
print(g)
print(h)
print(i)
print(repr("tab\there"), repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print("multi\
line continuation")
print(len("\n"), len(r"\n"), "\0" == "\x00", ord("\a"), "\v" == "\x0b")
print(rb"raw\bytes", Rb"x\y", br"\d")
print("ünïcödé", "日本語", len("日本語"), "\U0001F600" == "😀")
print("" == '', "a" "b" == "ab", str(), repr(""))
