"""Non-text contrast (WCAG 2.2, 1.4.11): what a control looks like, measured on its pixels."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.resources import resources_dir
from desk.ui.app import application
from desk.ui.theme import apply_theme
from desk.ui.views.reports.charts import INK, SERIES_COLOURS
from desk.ui.widgets import button

THEMES = ["standard", "high-contrast"]


def luminance(color: QColor) -> float:
    """WCAG's relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio between two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours(image: QImage, rect: QRect) -> set[str]:
    return {
        image.pixelColor(QPoint(x, y)).name()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    }


@pytest.fixture(params=THEMES)
def theme(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[str]:
    app = application()
    apply_theme(app, request.param, 1.0)
    yield request.param
    app.setStyleSheet("")


def _shown(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _indicator(box: QCheckBox) -> QRect:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)


def test_a_checkbox_shows_its_edge_and_its_tick_in_both_themes(qtbot: QtBot, theme: str) -> None:
    unchecked, checked = QCheckBox("Device"), QCheckBox("Data")
    checked.setChecked(True)
    page = _shown(qtbot, unchecked, checked)
    for box in (unchecked, checked):
        image = box.grab().toImage()
        rect = _indicator(box)
        background = image.pixelColor(QPoint(box.width() - 2, box.height() // 2))
        inside = colours(image, rect)
        # Somewhere in the box there is a colour that stands out from the page at 3:1 (its edge).
        best = max(contrast(QColor(name), background) for name in inside)
        assert best >= 3, f"{theme}: the box's edge is {best:.1f}:1 against the page"
    tick = colours(checked.grab().toImage(), _indicator(checked).adjusted(7, 7, -7, -7))
    fills = [QColor(name) for name in tick]
    assert max(contrast(a, b) for a in fills for b in fills) >= 3, f"{theme}: no tick to see"
    untick = colours(unchecked.grab().toImage(), _indicator(unchecked).adjusted(7, 7, -7, -7))
    assert len(untick) == 1, f"{theme}: an unchecked box is empty"
    page.close()


def test_a_disabled_secondary_button_looks_disabled(qtbot: QtBot, theme: str) -> None:
    enabled, disabled = button("Turn", secondary=True), button("Turn", secondary=True)
    disabled.setEnabled(False)
    page = _shown(qtbot, enabled, disabled)

    def look(widget: QPushButton) -> set[str]:
        image = widget.grab().toImage()
        return colours(image, image.rect())

    assert look(enabled) != look(disabled), f"{theme}: a disabled button looks enabled"
    page.close()


def test_drop_down_and_step_arrows_stand_out_in_both_themes(qtbot: QtBot, theme: str) -> None:
    combo, spin = QComboBox(), QSpinBox()
    combo.addItems(["Laptop", "Tablet"])
    page = _shown(qtbot, combo, spin)
    for widget in (combo, spin):
        image = widget.grab().toImage()
        # The arrows' column, inside the control's edge: the arrows and the field behind them.
        column = QRect(widget.width() - 24, 4, 16, widget.height() - 8)
        found = [QColor(name) for name in colours(image, column)]
        best = max(contrast(a, b) for a in found for b in found)
        assert best >= 3, f"{theme}: {type(widget).__name__}'s arrows are {best:.1f}:1"
    page.close()


# ---------------------------------------------------------------------- the style sheets

_HEX = r"(#[0-9a-fA-F]{6})"
CONTROLS = (
    "QPushButton",
    "QLineEdit",
    "QComboBox",
    "QSpinBox",
    "QDateEdit",
    "QPlainTextEdit",
    "QListWidget",
    "QTableView",
    "QCheckBox::indicator",
    "QTabBar::tab",
)
"""What WCAG 1.4.11 asks a 3:1 boundary of: the controls a person must find to use them."""


def _rules(theme: str) -> list[tuple[str, dict[str, str]]]:
    sheet = (resources_dir() / "styles" / f"{theme}.qss").read_text(encoding="utf-8")
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        found = {
            key: match.group(1)
            for key, pattern in (
                ("color", rf"(?<![-\w])color: {_HEX}"),
                ("background", rf"(?<![-\w])background(?:-color)?: {_HEX}"),
                ("border", rf"(?<![-\w])border(?:-color)?: (?:\d+px )?(?:solid |dashed )?{_HEX}"),
            )
            if (match := re.search(pattern, body))
        }
        rules.append((" ".join(selector.split()), found))
    return rules


@pytest.mark.parametrize("theme_name", THEMES)
def test_every_colour_in_the_style_sheets_meets_wcag_aa(theme_name: str) -> None:
    rules = _rules(theme_name)
    page = next(found["background"] for selector, found in rules if selector == "QWidget")
    by_selector = dict(rules)
    weak = []
    for selector, own in rules:
        if ":disabled" in selector:  # WCAG exempts inactive controls
            continue
        # A state (":hover", ":selected") keeps what it does not set from the plain rule.
        plain = re.sub(r"(?<!:):(?!:)[\w-]+", "", selector)
        found = {**by_selector.get(plain, {}), **own}
        behind = QColor(found.get("background", page))
        if "color" in found and contrast(QColor(found["color"]), behind) < 4.5:
            weak.append(f"text {selector}")
        if any(control in selector for control in CONTROLS) and (
            "border" in found or "background" in found
        ):
            edge = max(
                contrast(QColor(found.get("border", page)), QColor(page)),
                contrast(behind, QColor(page)),
            )
            if edge < 3:
                weak.append(f"edge {selector} ({edge:.1f}:1)")
    assert weak == [], f"{theme_name}: below WCAG AA: {weak}"


@pytest.mark.parametrize("theme_name", THEMES)
def test_every_chart_colour_stands_out_from_the_charts_background(theme_name: str) -> None:
    _ink, paper, _grid = (QColor(c) for c in INK[theme_name])
    weak = [c for c in SERIES_COLOURS[theme_name] if contrast(QColor(c), paper) < 3]
    assert weak == []
    assert contrast(QColor(INK[theme_name][0]), paper) >= 4.5  # titles, axes and legend
