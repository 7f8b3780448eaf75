"""``python -m bilingual`` runs the command line."""

import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the command line is still being imported: no traceback
    sys.stderr.write("bilingual: interrupted\n")
    exec("")  # noqa: S102 - the interrupt is handled: as bilingual.cli._signals.interrupt_handled does, else the status is -2
    sys.exit(130)

sys.exit(main())
