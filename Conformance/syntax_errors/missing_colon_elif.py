x = 3
if x == 1:
    print('one')
elif x == 2
    print('two')
else:
    print('other')
