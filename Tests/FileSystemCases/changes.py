# A sequence of changes read back at each step (run by Monty in a read-write mount and in an overlay).
import os
from pathlib import Path


def tree():
    out = []
    for top, dirs, files in os.walk('.'):
        dirs.sort()
        out.append((top, sorted(files)))
    return out


def attempt(f):
    try:
        return f()
    except OSError as e:
        return f'{type(e).__name__}: {e}'


with open('a.txt', 'a') as f:
    f.write('appended\n')
print(open('a.txt').read())
with open('a.txt', 'r+') as f:
    f.seek(6)
    f.write('WORLD')
    f.seek(0)
    print(f.read())
print(attempt(lambda: os.rename('a.txt', 'sub/a2.txt')), sorted(os.listdir('sub')), os.path.exists('a.txt'))
print(open('sub/a2.txt').read())
print(attempt(lambda: os.rmdir('sub')))
os.remove('sub/b.txt')
os.remove('sub/a2.txt')
os.rmdir('sub')
print(attempt(lambda: open('sub/b.txt')), os.path.exists('sub'))
os.mkdir('sub')
print(os.listdir('sub'), attempt(lambda: open('sub/b.txt')))
Path('sub/new.txt').write_text('n')
os.makedirs('x/y/z')
Path('x/y/z/deep.txt').write_bytes(b'deep')
print(tree())
os.replace('crlf.txt', 'x/y/z/deep.txt')
print(open('x/y/z/deep.txt', 'rb').read(), os.path.exists('crlf.txt'))
print(attempt(lambda: os.rename('bad.bin', 'empty')))
print(attempt(lambda: os.rename('empty', 'bad.bin')))
print(attempt(lambda: os.mkdir('x/y')), attempt(lambda: os.mkdir('nope/x')))
print(attempt(lambda: open('x/y', 'w')), attempt(lambda: open('bad.bin/q', 'w')))
with open('bad.bin', 'w') as f:
    f.write('replaced')
print(open('bad.bin').read(), os.path.getsize('bad.bin'))
with open('bad.bin', 'w') as f:
    pass
print(repr(open('bad.bin').read()), os.path.getsize('bad.bin'))
for p in sorted(Path('.').rglob('*')):
    print(p, p.is_dir(), p.is_file())
Path('x/y/z/deep.txt').unlink()
for d in ['x/y/z', 'x/y', 'x']:
    os.rmdir(d)
print(tree())
