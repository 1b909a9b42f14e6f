"""A dark palette when the system uses a dark colour scheme (Qt 6.5+ tells us through QStyleHints)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


def is_dark() -> bool:
    """Whether the app uses the dark palette (apply_theme decides)."""
    app = QGuiApplication.instance()
    return bool(app is not None and app.property("relecture_dark"))


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        value = scheme()
        if value == Qt.ColorScheme.Dark:
            return True
        if value == Qt.ColorScheme.Light:
            return False
    # Unknown scheme: judge by the platform palette's window colour.
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 110


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#2b2b2e"), QColor("#1f1f22"), QColor("#e6e6e6")
    disabled = QColor("#7f7f85")
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#27272b")),
        (QPalette.ColorRole.ToolTipBase, QColor("#3a3a3f")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9aa0")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#323236")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")),
        (QPalette.ColorRole.Highlight, QColor("#3d6fb6")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor("#7fb2ff")),
        (QPalette.ColorRole.LinkVisited, QColor("#c39bff")),
        (QPalette.ColorRole.Light, QColor("#45454a")),
        (QPalette.ColorRole.Midlight, QColor("#3a3a3f")),
        (QPalette.ColorRole.Mid, QColor("#2f2f33")),
        (QPalette.ColorRole.Dark, QColor("#1a1a1c")),
        (QPalette.ColorRole.Shadow, QColor("#000000")),
    ):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(app: QGuiApplication, dark: bool | None = None) -> bool:
    """Use the dark palette (with the Fusion style, which honours palettes everywhere) when the system is dark.

    Returns whether the dark palette is in use. RELECTURE_THEME=dark|light overrides the system.
    """
    import os

    from PySide6.QtWidgets import QApplication

    forced = os.environ.get("RELECTURE_THEME", "").lower()
    if dark is None:
        dark = forced == "dark" or (forced != "light" and system_is_dark())
    if dark and isinstance(app, QApplication):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    app.setProperty("relecture_dark", dark)
    return dark


def follow_system(app: QGuiApplication) -> None:
    """Switch palettes when the system's colour scheme changes while the app runs."""
    hints = QGuiApplication.styleHints()
    signal = getattr(hints, "colorSchemeChanged", None)
    if signal is None:
        return

    def on_change(_scheme: object) -> None:
        from PySide6.QtWidgets import QApplication

        if system_is_dark():
            apply_theme(app, True)
        elif isinstance(app, QApplication) and app.property("relecture_dark"):
            app.setPalette(app.style().standardPalette())
            app.setProperty("relecture_dark", False)

    signal.connect(on_change)
