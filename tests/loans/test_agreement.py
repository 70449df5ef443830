"""The loan agreement: one wording (the printed one), a council's own, and a damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.services.loans import LoanRefused, current_agreement
from printing.documents import load_texts


def test_the_agreement_is_the_printed_wording() -> None:
    current = current_agreement()
    printed = load_texts().agreement
    assert current.version == printed.version == "LA-2026-01"
    assert current.title == "Device loan agreement"
    assert current.text.startswith(printed.intro)
    assert "1. I will look after the device" in current.text
    assert "wipe the device when it comes back" in current.text
    assert current.text.endswith(printed.returns)


def test_a_council_can_install_its_own_version(tmp_path: Path) -> None:
    (tmp_path / "loan-agreement.toml").write_text(
        '[agreement]\nversion = "RBG-2027-02"\n', encoding="utf-8"
    )
    own = current_agreement(tmp_path)
    assert own.version == "RBG-2027-02"
    assert "1. I will look after the device" in own.text  # keys it does not set stay shipped


def test_a_damaged_agreement_refuses_loans_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "loan-agreement.toml").write_text("[agreement\n", encoding="utf-8")
    with pytest.raises(LoanRefused, match=r"cannot be read .*loan-agreement\.toml"):
        current_agreement(tmp_path)
