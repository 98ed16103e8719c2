# expect: any-error
# compile() then exec() of the resulting code object.
code = compile("import os; os.system('id')", '<x>', 'exec')
exec(code)
