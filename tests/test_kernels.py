"""A kernel started where the lessons run imports this checkout's framing (conftest.py puts it first on PYTHONPATH)."""

import os

import pytest
from jupyter_client.manager import start_new_kernel

from paths import ROOT


@pytest.mark.timeout(120)
@pytest.mark.parametrize("folder", ["notebooks", "solutions"])
def test_a_kernel_in_a_lesson_folder_imports_this_checkouts_framing(folder):
    assert str(ROOT) in os.environ["PYTHONPATH"].split(os.pathsep)
    manager, client = start_new_kernel(kernel_name="python3", cwd=str(ROOT / folder))
    printed = []

    def keep_output(message):
        if message["msg_type"] == "stream":
            printed.append(message["content"]["text"])

    try:
        reply = client.execute_interactive(
            "import framing, pathlib; print(pathlib.Path(framing.__file__).resolve().parent)",
            timeout=60,
            output_hook=keep_output,
        )
        assert reply["content"]["status"] == "ok"
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)
    assert "".join(printed).strip() == str(ROOT / "framing"), "".join(printed)
