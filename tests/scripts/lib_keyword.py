# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword

print(keyword.kwlist)
print(len(keyword.kwlist), keyword.softkwlist)
for word in ['if', 'True', 'true', 'match', 'case', '_', 'print', 'async', 'await', 'nonlocal', 'type', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
print(all(keyword.iskeyword(k) for k in keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
