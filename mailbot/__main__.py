from __future__ import annotations

from mailbot.cli import main

raise SystemExit(main())
