data = b"hello"
print(data, type(data).__name__, len(data), data[0], data[-1], data[1:3])
print(b'single', b"double", b'''triple''', rb"raw\n", b"\x00\xff\n")
print(b"ab" + b"cd", b"-" * 3, b"ell" in data, data.upper(), data.split(b"l"))
print(list(b"AZ"), bytes([72, 105]), bytes(3), bytes("é", "utf-8"))
print("café".encode(), b"caf\xc3\xa9".decode("utf-8"), "abc".encode("ascii"))
print(data.hex(), bytes.fromhex("48 69"), data.find(b"l"), data.count(b"l"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"!!")
print(ba, bytes(ba), len(ba))
print(b"a" < b"b", b"abc" == bytearray(b"abc"), data.startswith(b"he"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\r".hex())
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
