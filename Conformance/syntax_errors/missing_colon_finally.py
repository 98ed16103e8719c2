try:
    x = 1
except ValueError:
    x = 0
finally
    print('done')
