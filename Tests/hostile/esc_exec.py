# expect: any-error
# exec of an import statement.
exec("import os\nos.system('id')")
