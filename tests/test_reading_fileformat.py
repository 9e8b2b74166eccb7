"""The file models' own settings that are not about a file's contents."""

from __future__ import annotations

import os
import subprocess
import sys


def _plugins_setting(env: dict[str, str]) -> str:
    script = ("import os, kehoach_cli.reading.fileformat\n"
              "print(os.environ.get('PYDANTIC_DISABLE_PLUGINS'))\n")
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, check=True).stdout.strip()


def test_no_pydantic_plugin_is_looked_for_unless_the_user_says_so() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    assert _plugins_setting(env) == "__all__"
    assert _plugins_setting({**env, "PYDANTIC_DISABLE_PLUGINS": "logfire"}) == "logfire"


def test_loading_plans_does_not_import_asyncio() -> None:
    """pydantic-core marks functions deprecated as it is imported; before typing_extensions
    4.16 that imported all of asyncio (31 modules): 45-55 ms of CPU here, near a tenth of the
    bundled plan's cold `status`."""
    script = "import sys, kehoach_cli.reading.loading\nprint('asyncio' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
