"""Only the optional C extension lives here; every piece of metadata is in pyproject.toml.

``spanwatch.processors._ngram`` is the native scoring core of the offline classifier. It is optional: without a
C compiler (or Python headers) the build skips it with a warning and ``classifier.py`` uses its numpy path, which
computes the same scores, only slower.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "spanwatch.processors._ngram",
            sources=["processors/_ngram.c"],
            optional=True,
        ),
        # The keyword view's word split on non-ASCII text (normalize.py falls back to a regex without it).
        Extension(
            "spanwatch.processors._words",
            sources=["processors/_words.c"],
            optional=True,
        ),
        # The ASCII keyword view's fold-and-join pass (normalize.py falls back to translate + words() without it).
        Extension(
            "spanwatch.processors._asciikv",
            sources=["processors/_asciikv.c"],
            optional=True,
        ),
        # The context stage's MinHash (context.py falls back to its Python code without it).
        Extension(
            "spanwatch.processors._minhash",
            sources=["processors/_minhash.c"],
            optional=True,
        ),
    ],
    # The source is listed in SOURCES.txt, which would otherwise ship it as package data next to the module.
    exclude_package_data={"spanwatch.processors": ["*.c"]},
)
