# expect: any-error
# __loader__ and __spec__ of the main module.
print(__loader__.load_module('posix'))
