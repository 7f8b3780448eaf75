"""Subcommands of the ``bilingual`` CLI, one module each, discovered by :mod:`bilingual.cli`."""
