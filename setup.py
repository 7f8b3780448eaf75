"""The optional compiled decoder of ``bilingual.translit`` (everything else is in ``pyproject.toml``).

``bilingual/translit/_fast.pyx`` is built with Cython when a C compiler is there; a failed build is left out
(``optional=True``) and ``bilingual.translit`` reads with its interpreted decoder, the same readings.
"""

import sys

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # a build without Cython (not the isolated one, which installs it): interpreted only
    extensions = []
else:
    # -ffp-contract=off: no fused multiply-add, so every score is the interpreted decoder's to the last bit
    flags = [] if sys.platform == "win32" else ["-O2", "-ffp-contract=off"]
    extensions = cythonize(
        [Extension("bilingual.translit._fast", ["bilingual/translit/_fast.pyx"], extra_compile_args=flags)],
        compiler_directives={"language_level": 3},
        quiet=True,
    )
    for extension in extensions:
        extension.optional = True  # (cythonize does not carry it over from the Extension it is given)

setup(ext_modules=extensions)
