x = 3
if x == 1:
    print('one')
else
    print('other')
print('done')
