"""The look: a calm, light palette with one teal accent, applied once to the whole application.

Widgets only set object names (``primary``, ``fieldError``…); colours live here so a screen
cannot drift from the rest. Fusion is used on every platform so the stylesheet renders the same.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ACCENT = "#0f766e"
ACCENT_DARK = "#115e59"
ACCENT_SOFT = "#e3f1ef"
INK = "#1f2933"
MUTED = "#5b6770"
LINE = "#d9e0e5"
PAPER = "#ffffff"
BACKGROUND = "#f3f6f7"
ERROR = "#b42318"
ERROR_SOFT = "#fdf1f0"
WARNING = "#b45309"
DISABLED_INK = "#a3adb4"  # a greyed-out action must read as unavailable at a glance

FOCUS_ON_ACCENT = "#0b2f2c"  # a ring that still reads on the teal of a primary button

# The keyboard's place must be obvious at a glance (issue #15): every field, button, table and
# list shows a 2 px accent ring when it has the focus, and the selected row of a table or list is
# ruled above and below in the accent. Combo and spin boxes get a drawn frame in every state, so
# the focused one only changes colour and padding shrinks by the extra pixel: nothing shifts
# when the focus arrives.
FOCUS_RING = f"""
QFocusFrame {{ border: 2px solid {ACCENT}; border-radius: 5px; }}
QTextEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {ACCENT}; border-radius: 4px; }}
QToolButton:focus {{ border: 2px solid {ACCENT}; border-radius: 4px; }}
QCheckBox:focus, QRadioButton:focus {{
    background: {ACCENT_SOFT}; border: 2px solid {ACCENT}; border-radius: 4px;
}}
QAbstractItemView {{ selection-background-color: {ACCENT_SOFT}; selection-color: {INK}; }}
QAbstractItemView:focus {{ border: 2px solid {ACCENT}; }}
/* Every row keeps room for the selection's rules: choosing a row never squeezes its text. */
QTableView::item, QListView::item {{
    border-top: 2px solid transparent; border-bottom: 2px solid transparent;
}}
QTableView::item:selected, QListView::item:selected {{
    background: {ACCENT_SOFT}; color: {INK};
    border-top: 2px solid {ACCENT}; border-bottom: 2px solid {ACCENT};
}}
QListWidget#navigation:focus {{ border: none; }}
QTabBar::tab:focus {{ color: {ACCENT_DARK}; text-decoration: underline; }}
"""

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QWidget {{ color: {INK}; }}
QLabel#muted, QLabel#hint {{ color: {MUTED}; }}
QLabel#brand {{ font-size: 17pt; font-weight: 700; color: {ACCENT_DARK}; }}
QLabel#clinicName {{ color: {MUTED}; }}
QLabel#dialogTitle {{ font-size: 15pt; font-weight: 700; }}
QLabel#pageTitle {{ font-size: 18pt; font-weight: 700; }}
QLabel#fieldLabel {{ font-weight: 600; }}
QLabel#fieldError {{ color: {ERROR}; }}
QLabel#formError {{
    color: {ERROR}; background: {ERROR_SOFT}; border: 1px solid #f4c7c3;
    border-radius: 6px; padding: 8px 10px;
}}
QLabel#placeholderBadge {{
    color: #8a4b08; background: #fff4e0; border: 1px solid #f3d19c;
    border-radius: 10px; padding: 3px 10px; font-weight: 600;
}}
QProgressBar#strengthBar {{ background: {LINE}; border: none; border-radius: 3px; }}
QProgressBar#strengthBar::chunk {{ border-radius: 3px; background: {ERROR}; }}
QProgressBar#strengthBar[strength="weak"]::chunk {{ background: {WARNING}; }}
QProgressBar#strengthBar[strength="good"]::chunk {{ background: {ACCENT}; }}
QProgressBar#strengthBar[strength="strong"]::chunk {{ background: {ACCENT_DARK}; }}
QLabel#strengthWord {{ color: {MUTED}; }}
QLabel#strengthWord[strength="too_short"], QLabel#strengthWord[strength="common"] {{
    color: {ERROR};
}}
QFrame#card {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame#sidebar {{ background: {PAPER}; border-right: 1px solid {LINE}; }}
QFrame#userCard {{ background: {BACKGROUND}; border-radius: 8px; }}
QLineEdit {{
    background: {PAPER}; border: 1px solid {LINE}; border-radius: 6px;
    padding: 7px 9px; selection-background-color: {ACCENT};
}}
QLineEdit:focus {{ border: 2px solid {ACCENT}; padding: 6px 8px; }}
QLineEdit[invalid="true"] {{ border: 1px solid {ERROR}; background: {ERROR_SOFT}; }}
QPushButton {{
    background: {PAPER}; border: 1px solid {LINE}; border-radius: 6px; padding: 7px 16px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: {DISABLED_INK}; background: {BACKGROUND}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 6px 15px; }}
QPushButton#primary {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: 600;
}}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QPushButton#primary:disabled {{ background: #8fbdb7; border-color: #8fbdb7; }}
QPushButton#primary:focus {{ border: 2px solid {FOCUS_ON_ACCENT}; }}
QListWidget#navigation {{ background: transparent; border: none; outline: none; }}
QListWidget#navigation::item {{
    padding: 0 12px; border-radius: 6px; color: {INK};
}}
QListWidget#navigation::item:hover {{ background: {BACKGROUND}; }}
QListWidget#navigation::item:selected {{
    background: {ACCENT_SOFT}; color: {ACCENT_DARK}; font-weight: 600;
}}
{FOCUS_RING}
QStatusBar {{ background: {PAPER}; border-top: 1px solid {LINE}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QMenuBar {{ background: {PAPER}; border-bottom: 1px solid {LINE}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {ACCENT_SOFT}; color: {INK}; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)
