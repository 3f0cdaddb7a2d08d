"""Property-based fuzzing of the codebook, scenario and plan loaders: a mangled file either loads or
raises a ZopaError that names the file; nothing else reaches the user."""
from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zopa.analysis.plans import load_plans
from zopa.analysis.scenario import load_scenario
from zopa.codebook import load_codebook
from zopa.errors import ZopaError

FUZZ = settings(max_examples=80, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
BUNDLED = {"codebook": ("codebooks", "russia-ukraine.yaml"), "scenario": ("scenarios", "example.yaml"),
           "plans": ("plans", "russia-ukraine.yaml")}
CODEBOOK = load_codebook()
LOADERS = {"codebook": load_codebook, "scenario": lambda p: load_scenario(p, CODEBOOK),
           "plans": lambda p: load_plans(p, CODEBOOK)}
SCALARS = st.sampled_from(["", "~", "null", "-1", "1e309", ".nan", "-.inf", "[]", "{}", "'x'", "&a", "*a", "!!binary x",
                           "9999-12-31", "yes", "0x10", "\t", ": :", "- - -", "|", ">", "\"\\ud800\"", "'''", "%YAML 9",
                           "{a: [", "100000000000000000000000", "RUS", "territory.donetsk", "reject"])


def _mutate(lines: list[str], ops: list[tuple[str, int, str]]) -> str:
    out = list(lines)
    for op, at, value in ops:
        if not out:
            break
        i = at % len(out)
        if op == "drop":
            del out[i]
        elif op == "dup":
            out.insert(i, out[i])
        elif op == "value" and ":" in out[i]:
            out[i] = out[i].split(":", 1)[0] + ": " + value
        elif op == "indent":
            out[i] = " " * (len(value) % 5) + out[i].lstrip()
        else:
            out.insert(i, value)
    return "\n".join(out)


@pytest.mark.parametrize("kind", sorted(BUNDLED))
def test_mangled_files_load_or_name_the_file(kind: str) -> None:
    folder, name = BUNDLED[kind]
    lines = (resources.files("zopa") / folder / name).read_text(encoding="utf-8").splitlines()
    ops = st.lists(st.tuples(st.sampled_from(["drop", "dup", "value", "indent", "insert"]), st.integers(0, 10_000),
                             SCALARS), min_size=1, max_size=6)

    @FUZZ
    @given(ops=ops)
    def check(ops: list[tuple[str, int, str]]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_text(_mutate(lines, ops), encoding="utf-8", errors="surrogatepass")
            try:
                LOADERS[kind](path)
            except ZopaError as exc:
                assert str(path) in str(exc), str(exc)

    check()


@pytest.mark.parametrize("kind", sorted(BUNDLED))
@given(data=st.binary(max_size=2000))
@FUZZ
def test_random_bytes_load_or_name_the_file(kind: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzzed-{kind}.yaml"
        path.write_bytes(data)
        try:
            LOADERS[kind](path)                      # an empty scenario is a valid one
        except ZopaError as exc:
            assert str(path) in str(exc), str(exc)
