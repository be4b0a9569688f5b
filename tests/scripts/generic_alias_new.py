import types
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
class C:
    __class_getitem__ = classmethod(types.GenericAlias)
print(C[int], C[int].__origin__ is C, C[int, str].__args__)
try:
    types.GenericAlias(list)
except TypeError as e:
    print("TypeError")
