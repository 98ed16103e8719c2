x = 1
print('a',
      'b
      )
