# Helper module inside mypkg.
print("mypkg.helpers: executing, __name__ =", __name__)


def helper_value():
    return "helper value"


def shout(text):
    return text.upper() + "!"
