"""Whole corpora: ``bilingual corpus INPUT... -o OUTDIR`` runs the one pipeline over every thread on Dask.

- :mod:`.shards`: the output directory's layout, the manifest that ties it to one run, threads grouped
  into shards by a stable key, and atomic shard files with completion markers (so a run resumes);
- :mod:`.runner`: the Dask side (an embedded ``LocalCluster`` or an existing scheduler), the work of
  one shard on a worker, the model loaded once per worker process; the only module importing Dask;
- :mod:`.summary`: ``summary.json``, corpus figures summed over the shards' markers;
- :mod:`.index`: ``index.html``, the corpus page in the style of the thread report;
- :mod:`.warm`: imported once by the embedded cluster's fork server, so that its worker processes
  start with the pipeline's imports and first-use loads done.

Nothing here imports Dask at module level except :mod:`.runner`, which only the command loads.
"""

from __future__ import annotations
