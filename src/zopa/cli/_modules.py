"""Import every area's command module so that it registers on the app."""
from __future__ import annotations

import importlib

for _name in ("_ingest", "_store", "_extract", "_learned", "_analysis", "_report", "_run", "_review"):
    importlib.import_module(f"{__package__}.{_name}")
