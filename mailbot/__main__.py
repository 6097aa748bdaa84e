from __future__ import annotations

from mailbot.ops.cli import main

raise SystemExit(main())
