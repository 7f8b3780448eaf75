"""Model management: the manifest of known models, safe transactional install (file, directory,
URL), list, verify, remove, and finding and loading the model to translate with.

The package is split by job, each module importing only those before it:

* :mod:`~bilingual.mt.models.archive`: safe unpacking and copying, hashing, size/checksum checks;
* :mod:`~bilingual.mt.models.registry`: manifest, installed models, default choice, loading;
* :mod:`~bilingual.mt.models.download`: resumable checked downloads over mirrors;
* :mod:`~bilingual.mt.models.install`: install / remove / verify as transactions under a lock.

Failures are raised as :mod:`bilingual.errors` types (``ModelRefusedError``,
``ChecksumMismatchError``, ``ModelCorruptError``, ``DefaultModelBrokenError``, ``DownloadError``,
``DiskFullError``, ``ModelExistsError``, ``ModelBusyError``, ``ModelMissingError``), all of them
``BilingualError``: one line for users, decided on by type.

As attributes of this package, the functions :func:`install` and :func:`download` (the old
module's API) hide the submodules of the same names; reach those with
``importlib.import_module("bilingual.mt.models.install")``. ctranslate2 and sentencepiece are
imported only when a model is loaded.
"""

from __future__ import annotations

from ..engine import ARGOS, CT2, Engine, ModelFiles, inspect_model
from .archive import Limits, check_archive, check_checksum, copy_tree, extract_zip, file_hashes, sha256_file
from .download import Progress, download, download_any
from .install import (
    LOCK,
    Verification,
    install,
    load_check,
    models_lock,
    recover,
    remove,
    verify,
    verify_model,
)
from .registry import (
    MANIFEST_ENV,
    RECORD,
    STAGING_PREFIXES,
    Choice,
    InstalledModel,
    KnownModel,
    argos_packages_dir,
    default_model,
    describe,
    direction_note,
    explain_choice,
    find_model,
    install_hint,
    known_model,
    known_models,
    list_models,
    load_model,
    manifest_path,
    model_path,
    models_dir,
    stale_dirs,
)

__all__ = [
    "ARGOS",
    "CT2",
    "LOCK",
    "MANIFEST_ENV",
    "RECORD",
    "STAGING_PREFIXES",
    "Choice",
    "Engine",
    "InstalledModel",
    "KnownModel",
    "Limits",
    "ModelFiles",
    "Progress",
    "Verification",
    "argos_packages_dir",
    "check_archive",
    "check_checksum",
    "copy_tree",
    "default_model",
    "describe",
    "direction_note",
    "download",
    "download_any",
    "explain_choice",
    "extract_zip",
    "file_hashes",
    "find_model",
    "inspect_model",
    "install",
    "install_hint",
    "known_model",
    "known_models",
    "list_models",
    "load_check",
    "load_model",
    "manifest_path",
    "model_path",
    "models_dir",
    "models_lock",
    "recover",
    "remove",
    "sha256_file",
    "stale_dirs",
    "verify",
    "verify_model",
]
