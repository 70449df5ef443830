"""On the kiosk a resident tells the main next step from an alternative at a glance: secondary
buttons ("It has no back – check my pages", "Scan another page", the languages) look different
from the main one, in both themes, with text that stands out from its background (WCAG: 7:1 in
high contrast, 4.5:1 in the standard theme) and a focus that shows. The staff-only button is
quiet beside them: the screen's own background, plain text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desk.ui.main_window import MainWindow
from desk.ui.views.kiosk import KioskStep, KioskView
from tests.ui.conftest import screenshot

THEMES = {"standard": 4.5, "high-contrast": 7.0}  # the least contrast of text in each theme


@pytest.fixture(params=list(THEMES))
def theme(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def settings_overrides(theme: str) -> list[str]:
    return ["text_scale=3.0", f"theme={theme}"]


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def paper_and_ink(image: QImage, inset: int = 8) -> tuple[QColor, QColor]:
    """A rendered button's background (just inside its edge) and its text (the pixel inside the
    edge furthest in contrast from the background: the solid middle of a letter)."""
    paper = image.pixelColor(inset, image.height() // 2)
    ink = paper
    for y in range(inset, image.height() - inset, 2):
        for x in range(inset, image.width() - inset, 2):
            colour = image.pixelColor(x, y)
            if contrast(colour, paper) > contrast(ink, paper):
                ink = colour
    return paper, ink


def turn_over_step(qtbot: QtBot, window: MainWindow) -> KioskView:
    window.resize(1024, 720)
    kiosk = window.kiosk_view
    kiosk.begin()
    kiosk.scan.set_turning_over(True)
    kiosk.pages.setCurrentWidget(kiosk.steps[KioskStep.PLACE])
    window.screens.setCurrentWidget(kiosk)
    qtbot.waitUntil(kiosk.place.no_back_button.isVisible)
    QApplication.processEvents()
    return kiosk


def looks(button: QPushButton) -> tuple[str, str, str]:
    """What the theme made of a button: its background, its text and its own style."""
    palette = button.palette()
    return (
        palette.color(QPalette.ColorRole.Button).name(),
        palette.color(QPalette.ColorRole.ButtonText).name(),
        button.objectName(),
    )


def test_secondary_kiosk_buttons_look_different_from_the_main_one(
    qtbot: QtBot, window: MainWindow, theme: str
) -> None:
    kiosk = turn_over_step(qtbot, window)
    main, other = kiosk.place.scan_button, kiosk.place.no_back_button
    assert (main.objectName(), other.objectName()) == ("kioskPrimary", "kioskSecondary")
    assert looks(main)[:2] != looks(other)[:2]
    main_paper, main_ink = paper_and_ink(main.grab().toImage())
    other_paper, other_ink = paper_and_ink(other.grab().toImage())
    assert (main_paper.name(), main_ink.name()) != (other_paper.name(), other_ink.name())
    # Every secondary choice on the kiosk looks the same as the others.
    secondary = [b for b in kiosk.findChildren(QPushButton) if b.objectName() == "kioskSecondary"]
    assert len(secondary) >= 5
    assert {looks(b) for b in secondary if b.isEnabled()} == {looks(other)}
    screenshot(kiosk.steps[KioskStep.PLACE], f"kiosk-turn-over-buttons-x3-{theme}")


def test_secondary_kiosk_button_text_has_enough_contrast(
    qtbot: QtBot, window: MainWindow, theme: str
) -> None:
    kiosk = turn_over_step(qtbot, window)
    other = kiosk.place.no_back_button
    palette = other.palette()
    text = palette.color(QPalette.ColorRole.ButtonText)
    assert contrast(text, palette.color(QPalette.ColorRole.Button)) >= THEMES[theme]
    paper, ink = paper_and_ink(other.grab().toImage())
    assert paper == palette.color(QPalette.ColorRole.Button)  # the palette is what is drawn
    assert contrast(ink, paper) >= THEMES[theme]
    # Greyed out (nothing to remove yet), it still reads.
    assert not kiosk.check.remove_button.isEnabled()
    greyed = kiosk.check.remove_button.palette()
    assert (
        contrast(
            greyed.color(QPalette.ColorRole.ButtonText), greyed.color(QPalette.ColorRole.Button)
        )
        >= THEMES[theme]
    )
    # With the focus on it, it still reads well, and it shows the focus.
    unfocused = other.grab().toImage()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    QApplication.processEvents()
    focused = other.grab().toImage()
    assert focused != unfocused
    paper, ink = paper_and_ink(focused)
    assert contrast(ink, paper) >= THEMES[theme]


def test_the_focus_does_not_move_or_rewrap_a_kiosk_button(qtbot: QtBot, window: MainWindow) -> None:
    kiosk = turn_over_step(qtbot, window)
    for big in (kiosk.place.scan_button, kiosk.place.no_back_button):
        before = big.sizeHint()
        big.setFocus()
        qtbot.waitUntil(big.hasFocus)
        big.style().unpolish(big)
        big.style().polish(big)
        assert big.sizeHint() == before


def test_the_staff_button_is_quiet_beside_the_residents_buttons(
    qtbot: QtBot, window: MainWindow, theme: str
) -> None:
    kiosk = turn_over_step(qtbot, window)
    staff, main = kiosk.staff_button, kiosk.place.scan_button
    paper, ink = paper_and_ink(staff.grab().toImage(), inset=4)
    main_paper, main_ink = paper_and_ink(main.grab().toImage())
    # The screen's own background and plain text, not the colours of the resident's next step.
    assert paper.name() == {"standard": "#ffffff", "high-contrast": "#000000"}[theme]
    assert (paper.name(), ink.name()) != (main_paper.name(), main_ink.name())
    assert contrast(ink, paper) >= THEMES[theme]
    assert not staff.fontInfo().bold()
    assert QApplication.focusWidget() is not staff
    screenshot(staff, f"kiosk-staff-button-x3-{theme}")
