# Failing assert with a message.
def check_positive(values):
    for v in values:
        assert v > 0, f"expected positive value, got {v}"
        print("ok", v)
check_positive([3, 1, -2, 5])
