for i in []:
    pass
else:
print('done')
