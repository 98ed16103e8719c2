# expect: any-error
# help()/license() (site builtins) read files and stdin in CPython.
license()
help('os')
