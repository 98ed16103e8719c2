import os, os.path
from os import path
from os.path import join, splitext
print(os.sep, os.curdir, os.pardir, os.linesep == '\n', os.name, path is os.path, os.path.__name__)
print(sorted(os.listdir()), sorted(os.listdir('.')), sorted(os.listdir('sub')))
os.mkdir('d1')
os.makedirs('d2/x/y')
os.makedirs('d2/x/y', exist_ok=True)
print(os.path.isdir('d2/x/y'), os.path.isfile('d2/x/y'), os.path.exists('d2/x'), os.path.isfile('a.txt'), os.path.exists('zz'))
open('d1/f.txt', 'w').write('12345')
print(os.path.getsize('d1/f.txt'))
os.rename('d1/f.txt', 'd1/g.txt')
print(sorted(os.listdir('d1')))
os.replace('d1/g.txt', 'a.txt')
print(open('a.txt').read(), sorted(os.listdir('d1')))
os.remove('a.txt')
os.rmdir('d1')
print(sorted(os.listdir('.')))
for top, dirs, files in os.walk('.'):
    dirs.sort()
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk('d2', topdown=False):
    print(top, dirs, files)
for top, dirs, files in os.walk('.'):
    if 'd2' in dirs: dirs.remove('d2')
    print(top, sorted(dirs), sorted(files))
print(list(os.walk('nope')))
print(join('a', 'b', '/c', 'd'), join('a/', 'b'), join('', 'x'), os.path.basename('/a/b/'), os.path.dirname('/a/b/'))
print(splitext('a/b.tar.gz'), splitext('.bashrc'), splitext('a.b/c'), os.path.split('a/b'), os.path.split('/a'), os.path.split('//a//b'))
print(os.path.normpath('a//b/../c/.'), os.path.normpath(''), os.path.normpath('/../x'), os.path.normpath('//x'), os.path.normpath('../../x'), os.path.normpath('a/..'))
print(os.path.isabs('/x'), os.path.isabs('x'), os.path.relpath('sub/b.txt'), os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'))
print(os.path.abspath('x') == join(os.getcwd(), 'x'), os.path.abspath('sub/../x') == join(os.getcwd(), 'x'))
os.chdir('sub')
print(os.listdir(), open('b.txt').read())
os.chdir('..')
print(os.fspath('x'), os.fspath(b'x'))
import glob
print(sorted(glob.glob('*.txt')), sorted(glob.glob('*')), glob.glob('sub/*'), sorted(glob.glob('**/*.txt', recursive=True)), glob.glob('s?b'), sorted(glob.glob('[a-c]*')), glob.glob('nope/*'), glob.glob('sub'))
