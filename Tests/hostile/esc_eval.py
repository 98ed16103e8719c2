# expect: any-error
# eval of code that imports os.
print(eval("__import__('os').system('id')"))
