"""How the app looks and speaks for each person: text size, high contrast, visible focus, language.

The preferences live in settings.ini in the config folder (the same file as the run view's chime).
Text size scales the application font, so every screen's layouts grow with it; headings keep their
size relative to it. The room view is not affected: it scales with the height of its own screen.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QTableView, QWidget

from .. import paths

log = logging.getLogger(__name__)

TEXT_SIZES = (100, 125, 150, 175, 200)
LANGUAGES = {"en": "English", "cy": "Cymraeg"}  # each name in its own language
FONT_SCALE_PROPERTY = "relativeFontScale"
_BASE_POINT_SIZE = "wcBasePointSize"

# No style sheet is set on the application, in either theme: with one set, Qt measures and draws
# every widget through its style-sheet engine (about 20 ms more to build and paint the first
# window), and that engine gives widgets their parent's font again whenever it polishes them (the
# kiosk's larger answers lost their size in high contrast). The focus ring is drawn by
# `focus_ring`, labels' roles by `set_text_role`, and tables' headings follow the theme through
# `table_view`.
# A label's role (set_text_role): its colour in the standard theme and in high contrast, and whether bold.
TEXT_ROLES = {"error": ("#b00020", "#ff8080", True), "hint": ("#555555", "#e0e0e0", False)}
FOCUS_COLOUR = "#0b57d0"
FOCUS_COLOUR_HIGH_CONTRAST = "#ffff00"


def settings() -> QSettings:
    """The facilitator's preferences, in the config folder (moved with everything else by WORKSHOP_APP_HOME)."""
    return QSettings(str(paths.config_dir() / "settings.ini"), QSettings.Format.IniFormat)


# --- preferences ------------------------------------------------------------------------------
def text_size() -> int:
    value = settings().value("view/text_size", 100, type=int)
    return min(TEXT_SIZES, key=lambda size: abs(size - int(value)))


def high_contrast() -> bool:
    return bool(settings().value("view/high_contrast", False, type=bool))


def language() -> str:
    value = str(settings().value("view/language", "", type=str))
    if value in LANGUAGES:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def save_text_size(percent: int) -> None:
    settings().setValue("view/text_size", int(percent))


def save_high_contrast(on: bool) -> None:
    settings().setValue("view/high_contrast", bool(on))


def save_language(code: str) -> None:
    settings().setValue("view/language", code)


def scaled(pixels: int) -> int:
    """A window or widget size in pixels, grown with the text size so its text still fits."""
    return round(pixels * text_size() / 100)


# --- text size --------------------------------------------------------------------------------
def set_relative_font(widget: QWidget, scale: float, *, bold: bool = False) -> None:
    """A heading or a big number: `scale` times the text size, and it follows when the text size changes."""
    widget.setProperty(FONT_SCALE_PROPERTY, float(scale))
    widget.setProperty("relativeFontBold", bool(bold))
    _apply_relative_font(widget)


def hint_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A quiet explanatory line (grey in the normal theme, full contrast in high contrast)."""
    label = QLabel(text)
    set_text_role(label, "hint")
    label.setWordWrap(wrap)
    return label


def set_text_role(label: QLabel, role: str) -> None:
    """Colour a label by what it says ("error", "hint"; "" for plain), in the present theme and any later one."""
    if (label.property("textRole") or "") == role:
        return
    label.setProperty("textRole", role or None)
    _show_text_role(label)


def _show_text_role(label: QLabel) -> None:
    normal, contrast, bold = TEXT_ROLES.get(str(label.property("textRole") or ""), (None, None, False))
    palette = QPalette()  # nothing set: every colour comes from the window, as for any label
    if normal is not None:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(contrast if is_high_contrast() else normal))
    label.setPalette(palette)
    if label.property(FONT_SCALE_PROPERTY) is not None:
        _apply_relative_font(label)  # a label sized relative to the text size keeps its size
        return
    font = QFont()  # nothing set but the weight: it follows the application's text size
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)


def _apply_relative_font(widget: QWidget) -> None:
    scale = widget.property(FONT_SCALE_PROPERTY)
    if scale is None:
        return
    font = QFont(QApplication.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * float(scale))
    font.setBold(bool(widget.property("relativeFontBold")))
    if not font.bold() and TEXT_ROLES.get(str(widget.property("textRole") or ""), ("", "", False))[2]:
        font.setWeight(QFont.Weight.DemiBold)  # an error message stands out at any size
    widget.setFont(font)


def apply_text_size(percent: int) -> None:
    """Scale the application font; every widget without its own font follows, headings keep their ratio."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property(_BASE_POINT_SIZE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)
    for window in app.topLevelWidgets():
        if not window.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            window.setFont(QFont())  # an empty font: resolve again from the application font, children follow
    for widget in app.allWidgets():
        _apply_relative_font(widget)


# --- theme --------------------------------------------------------------------------------------
def high_contrast_palette() -> QPalette:
    """White on black, yellow highlights: WCAG AAA contrast for text and the focus ring."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.BrightText, yellow),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor("#c8c8c8")),
        (QPalette.ColorRole.Link, QColor("#66ccff")),
        (QPalette.ColorRole.Light, white),
        (QPalette.ColorRole.Midlight, QColor("#cccccc")),
        (QPalette.ColorRole.Mid, QColor("#999999")),
        (QPalette.ColorRole.Dark, white),
        (QPalette.ColorRole.Shadow, white),
    ):
        palette.setColor(role, colour)
    grey = QColor("#9a9a9a")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


# The style high contrast draws with. Fusion (and the platforms' own styles) draw the frames of
# text fields, spin boxes, check boxes and radio buttons in a shade of the window colour: on black,
# black, so every field a participant types in or ticks was invisible. This style, built into Qt on
# every platform, draws them with the palette's light and dark colours, which high contrast sets
# to white.
HIGH_CONTRAST_STYLE = "Windows"
_STANDARD_STYLE = "wcStandardStyle"
_HIGH_CONTRAST_STYLE_ON = "wcHighContrastStyle"


def apply_theme(on: bool) -> None:
    """High contrast or the standard palette, always with a clearly visible focus ring."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if app.property("wcStandardPalette") is None:
        app.setProperty("wcStandardPalette", QPalette(app.palette()))
    _apply_style(app, on)
    palette = high_contrast_palette() if on else app.property("wcStandardPalette")
    app.setPalette(palette)
    app.setProperty("highContrast", bool(on))
    from . import focus_ring

    focus_ring.show_focus(FOCUS_COLOUR_HIGH_CONTRAST if on else FOCUS_COLOUR)
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.property("textRole"):
            _show_text_role(widget)
        elif isinstance(widget, QHeaderView):
            widget.setHighlightSections(not on)


def table_view() -> QTableView:
    """A table whose headings follow the theme. Qt highlights the heading of every column that holds
    a chosen cell (with whole rows chosen, all of them); high contrast's style draws a highlighted
    heading as a white dither its text is lost in, so there headings are never highlighted.
    Switching the theme redoes every table there is (apply_theme)."""
    view = QTableView()
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.setHighlightSections(not is_high_contrast())
    return view


def _apply_style(app: QApplication, high_contrast: bool) -> None:
    """The high-contrast style, or back to the style the application had before it."""
    if high_contrast == bool(app.property(_HIGH_CONTRAST_STYLE_ON)):
        return  # the usual start (no high contrast) makes and changes no style
    if high_contrast:
        if app.property(_STANDARD_STYLE) is None:
            app.setProperty(_STANDARD_STYLE, app.style().name())
        app.setStyle(HIGH_CONTRAST_STYLE)
    else:
        app.setStyle(app.property(_STANDARD_STYLE))
    app.setProperty(_HIGH_CONTRAST_STYLE_ON, high_contrast)


def is_high_contrast() -> bool:
    app = QApplication.instance()
    return bool(app.property("highContrast")) if app is not None else False


def colour(normal: str, contrast: str) -> str:
    """A text colour that stays readable in the high-contrast theme."""
    return contrast if is_high_contrast() else normal


# --- language -----------------------------------------------------------------------------------
def translations_dir() -> Path:
    return paths.get_asset("i18n")


class FallbackTranslator(QTranslator):
    """A compiled catalogue looked up by class and, when a subclass asks, by its base classes.

    self.tr() in PySide names the object's own class as the context; a message written in a base
    class (a form's OK tooltip, say) is filed under the base class, so the lookup walks the bases.
    """

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._bases: dict[str, list[str]] = {}

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found or not context:
            return found or None
        for base in self._base_names(context):
            found = super().translate(base, source, disambiguation, n)
            if found:
                return found
        return None  # "not here": Qt then asks the next catalogue or keeps the source text

    def _base_names(self, context: str) -> list[str]:
        if context not in self._bases:
            from PySide6.QtCore import QObject

            names: list[str] = []
            pending = list(QObject.__subclasses__())
            while pending:
                cls = pending.pop()
                if cls.__name__ == context and cls.__module__.startswith("workshop_app"):
                    names = [base.__name__ for base in cls.__mro__[1:]]
                    break
                pending.extend(cls.__subclasses__())
            self._bases[context] = names
        return self._bases[context]


def install_translator(code: str, catalogue: Path | None = None) -> list[QTranslator]:
    """Load the interface language (and Qt's own strings where Qt ships them). English needs nothing."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    installed: list[QTranslator] = []
    if code != "en" or catalogue is not None:
        ours = FallbackTranslator(app)
        path = catalogue or translations_dir() / f"workshop_{code}.qm"
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("no translation catalogue for %s", code)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(getattr(QLibraryInfo, "Library" + "Path").TranslationsPath)
        if qt.load(QLocale(code), "qtbase", "_", folder):
            app.installTranslator(qt)
            installed.append(qt)
    QLocale.setDefault(QLocale(code if code != "en" else "en_GB"))
    app.setProperty("interfaceLanguage", code)
    return installed


def interface_language() -> str:
    """The language the interface speaks (and the session packs follow)."""
    app = QCoreApplication.instance()
    value = app.property("interfaceLanguage") if app is not None else None
    return str(value) if value else "en"


def apply_all() -> None:
    """At start: language first (it must precede any window), then theme and text size."""
    install_translator(language())
    apply_theme(high_contrast())
    apply_text_size(text_size())
