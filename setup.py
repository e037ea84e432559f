"""Only the optional C extensions live here; every piece of metadata is in pyproject.toml.

Each extension is optional: without a C compiler (or Python headers) the build skips it with a warning and its
module falls back to Python code that computes the same results, only slower (tests compare both):

* ``_ngram``: the offline classifier's scoring core (``classifier.py`` falls back to numpy);
* ``_words``: the keyword view's word split on non-ASCII text (``normalize.py`` falls back to a regex);
* ``_asciikv``: the ASCII keyword view's fold-and-join pass and the scrambled-word check (``normalize.py`` falls back to
  translate + words() and to a regex pass);
* ``_minhash``: the context stage's MinHash (``context.py`` falls back to its Python code).
"""

from setuptools import Extension, setup

# Built from processors/<name>.c; the Makefile's install stamp hashes every processors/*.c, so an edit reinstalls.
NATIVE = ("_ngram", "_words", "_asciikv", "_minhash")

setup(
    ext_modules=[
        Extension(f"spanwatch.processors.{name}", sources=[f"processors/{name}.c"], optional=True)
        for name in NATIVE
    ],
    # The source is listed in SOURCES.txt, which would otherwise ship it as package data next to the module.
    exclude_package_data={"spanwatch.processors": ["*.c"]},
)
