"""The kiosk's turn-over step (the back of an ID card, or no back at all) fits the smallest window
at the largest text size, in high contrast and in the longer pseudo-locale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desk.ui.app import application
from desk.ui.i18n import install_translation
from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import KioskStep
from tests.ui.conftest import screenshot
from tests.ui.test_large_text import SMALLEST, VARIANTS, show


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    """The pseudo-locale stays installed on the one application: take it off afterwards."""
    yield
    install_translation(application(), "en")


@pytest.fixture(params=list(VARIANTS))
def variant(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def settings_overrides(variant: str) -> list[str]:
    return VARIANTS[variant]


def test_the_turn_over_step_fits_the_smallest_window(
    qtbot: QtBot, window: MainWindow, variant: str
) -> None:
    window.resize(*SMALLEST)
    window.kiosk_view.begin()
    kiosk = window.kiosk_view
    kiosk.scan.set_turning_over(True)
    kiosk.place.status.setText(kiosk.scan.tr("Putting both sides on one page…"))
    kiosk.pages.setCurrentWidget(kiosk.steps[KioskStep.PLACE])
    assert show(qtbot, window, kiosk) == []
    assert kiosk.place.no_back_button.isVisible()
    screenshot(window, f"large-kiosk-turn-over-{variant}")
