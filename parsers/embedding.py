"""A static sentence embedding: what a short text is about, as a unit vector.

The vectors come from wordllama's ``l2_supercat`` model, whose wheel carries
its weights (a 32,000 x 256 float16 table, one row per token) and its
tokenizer. A text's vector is the mean of its tokens' rows, normalised, which
is what ``WordLlamaInference.embed(norm=True)`` computes.

The files are read from the installed package folder, never through
``WordLlama.load``: its loader looks for the tokenizer in a folder the wheel
does not have and then tries to download one, importing ``wordllama`` sets
the root logger up, and its loader copies the table to float32 (about 95 MB
more resident per parse worker, against about 25 MB here: the table is mapped
from the file, so only the rows of tokens actually met are read).

Nothing is loaded until the first text is embedded, so a process that never
meets a document that needs it pays nothing. When the package, numpy or the
tokenizer is missing or its files do not read, :func:`vectors` returns None,
the callers keep their other signals, and one log line says so.
"""
from __future__ import annotations

import importlib.util
import json
import logging
import struct
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

_WEIGHTS = ("weights", "l2_supercat_256.safetensors")
_TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")
_TENSOR = "embedding.weight"


class _Model:
    def __init__(self, table: Any, tokenizer: Any) -> None:
        self.table = table
        self.tokenizer = tokenizer


_lock = threading.Lock()
_state: dict[str, _Model | None] = {}


def _package_folder() -> Path | None:
    # find_spec locates the package without importing it (its __init__ configures logging)
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _table(path: Path) -> Any:
    """The token table mapped read-only from the safetensors file (8-byte header size, JSON header, data)."""
    import numpy as np

    with path.open("rb") as f:
        (size,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(size))
    info = header[_TENSOR]
    if info["dtype"] != "F16" or len(info["shape"]) != 2:
        raise ValueError(f"unexpected tensor {info['dtype']} {info['shape']}")
    start, _end = info["data_offsets"]
    return np.memmap(path, dtype=np.float16, mode="r", offset=8 + size + start, shape=tuple(info["shape"]))


def _load() -> _Model | None:
    try:
        folder = _package_folder()
        if folder is None:
            raise ImportError("wordllama is not installed")
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(folder.joinpath(*_TOKENIZER)))
        return _Model(_table(folder.joinpath(*_WEIGHTS)), tokenizer)
    except Exception as exc:  # any failure only costs this signal, never the parse
        log.warning("embedding signal unavailable, labels and sentences are read by their words only: %s", exc)
        return None


def _model() -> _Model | None:
    if "model" not in _state:
        with _lock:
            if "model" not in _state:
                _state["model"] = _load()
    return _state["model"]


def available() -> bool:
    """Whether texts can be embedded in this process (loads the model on first call)."""
    return _model() is not None


def vectors(texts: Sequence[str]) -> np.ndarray | None:
    """One unit vector (a row) per text; a text with no tokens gets a zero row. None without the model."""
    model = _model()
    if model is None:
        return None
    import numpy as np

    out = np.zeros((len(texts), model.table.shape[1]), dtype=np.float32)
    for row, enc in enumerate(model.tokenizer.encode_batch(list(texts), add_special_tokens=False)):
        ids = [i for i in enc.ids if 0 <= i < model.table.shape[0]]
        if not ids:
            continue
        v = model.table[ids].astype(np.float32).mean(axis=0)
        norm = float(np.linalg.norm(v))
        if norm > 0:
            out[row] = v / norm
    return out


@lru_cache(maxsize=8192)
def vector(text: str) -> np.ndarray | None:
    """The unit vector of one text (cached: labels and headings recur across documents)."""
    v = vectors([text])
    return None if v is None else v[0]


def reset() -> None:
    """Forget the loaded model (tests that simulate a missing package)."""
    with _lock:
        _state.clear()
    vector.cache_clear()
