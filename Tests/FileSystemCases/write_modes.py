import os
def show(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__, str(e))
def content(p):
    with open(p, 'rb') as f:
        return f.read()
with open('w.txt', 'w') as f:
    print(f.write('héllo\n'), f.tell())
    f.writelines(['a', 'b\n'])
    print(repr(f), f.mode, f.name, f.encoding)
print(content('w.txt'))
with open('w.txt', 'a') as f:
    print(f.tell(), f.write('more\n'), f.tell())
print(content('w.txt'))
show(lambda: open('w.txt', 'x'))
with open('x.txt', 'x') as f: f.write('new')
print(content('x.txt'))
with open('w.txt', 'r+') as f:
    print(f.read(2)); f.seek(0); f.write('HE'); print(f.tell())
print(content('w.txt'))
with open('b.bin', 'wb') as f:
    print(f.write(b'\x00\x01'), repr(f), f.mode)
with open('b.bin', 'ab') as f:
    print(f.write(b'\x02'), repr(f), f.mode)
with open('b.bin', 'r+b') as f:
    print(repr(f), f.mode, f.read(1)); f.write(b'Z')
print(content('b.bin'))
with open('b.bin', 'w+b') as f:
    f.write(b'abc'); f.seek(0); print(f.read(), repr(f), f.mode)
with open('t.txt', 'w+') as f:
    f.write('abc\ndef\n'); f.seek(0); print(f.readlines(), repr(f))
with open('t.txt', 'a+') as f:
    f.write('x'); f.seek(0); print(f.read(), repr(f))
with open('nl.txt', 'w', newline='\r\n') as f: print(f.write('a\nb\n'))
print(content('nl.txt'))
with open('nl.txt', 'w', newline='\r') as f: f.write('a\nb\n')
print(content('nl.txt'))
with open('lat.txt', 'w', encoding='latin-1') as f: f.write('é')
print(content('lat.txt'))
show(lambda: open('asc.txt', 'w', encoding='ascii').write('h\xe9'))
show(lambda: open('asc.txt', 'w', encoding='ascii').write('\u20ac'))
show(lambda: open('asc.txt', 'w', encoding='ascii', errors='replace').write('h\xe9'))
print(content('asc.txt'))
show(lambda: open('a.txt').write('x'))
show(lambda: open('b.txt','w').read())
show(lambda: open('b.txt','w').write(b'x'))
show(lambda: open('b.txt','wb').write('x'))
show(lambda: open('b.bin','wb').read())
show(lambda: open('b.bin','wb').readline())
show(lambda: open('a.txt','rb').write(b'x'))
show(lambda: open('x.txt','w').writelines(['a', 1]))
show(lambda: open('x.txt','w').write(5))
show(lambda: open('x.txt','w').truncate())
show(lambda: open('a.txt','r').truncate())
f = open('x.txt', 'w'); f.close()
show(lambda: f.write('x'))
show(lambda: f.tell())
show(lambda: f.__enter__())
show(lambda: f.close())
show(lambda: f.flush())
show(lambda: list(f))
show(lambda: f.closed)
show(lambda: repr(f))
f = open('b.bin', 'rb'); f.close()
show(lambda: f.read())
show(lambda: repr(f))
print(sorted(os.listdir('.')))
with open('out.txt', 'w') as f:
    print('hello', 'there', file=f)
    print(1, 2, sep='-', end='!\n', file=f)
print(content('out.txt'))
