# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options
import textwrap


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
        "How vexingly quick daft zebras jump? A well-known, state-of-the-art example -- with em-dashes -- and "
        "a supercalifragilisticexpialidociouslylongword too.")
for width in (10, 20, 35, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap('a\tb\tc  d\ne', 6), textwrap.wrap('a\tb', 20, expand_tabs=False), textwrap.wrap('x\ny', 20, replace_whitespace=False))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.fill('Hello there. How are you? Fine.', 60, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder='...'))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.wrap('word', 1))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11), textwrap.shorten(text, 40, placeholder=' (more)'))
attempt(lambda: textwrap.wrap('x', 0))
attempt(lambda: textwrap.shorten('hello world', 3))
w = textwrap.TextWrapper(width=15, subsequent_indent='..')
print(w.wrap('one two three four five six seven'), w.fill('alpha beta'), w.width)

code = '''
    def f():
        return 1

    # comment
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('   x\n  \n   y')), repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.dedent('\t\tx\n\ty')), repr(textwrap.dedent('  x\n    y\n      z')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda line: True)))
print(repr(textwrap.indent('x\r\ny\n', '  ')))
