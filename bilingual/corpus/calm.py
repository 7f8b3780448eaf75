"""Imported first by the embedded cluster's fork server (:data:`.forking.PRELOAD`): Ctrl-C is ignored through
the server's imports and warm-up.

A Ctrl-C in a terminal reaches every process of the foreground group, the fork server included. The server
ignores SIGINT (``multiprocessing`` protects it so) only once its preload imports are done: one during its
1.5-2 s of imports printed a ``KeyboardInterrupt`` traceback from inside Dask or the pipeline after the
command's one line. The command stops the cluster itself; :mod:`.warm`, imported last, puts Python's own
handler back, so the workers forked later handle Ctrl-C as before.
"""

from __future__ import annotations

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
