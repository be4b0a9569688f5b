# An exception raised while handling another one (implicit context chaining).
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text), "- trying fallback")
        return fallback[text]
fallback = {"one": 1}
print(parse("12"), parse("one"))
print(parse("two"))
