// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Theme.h"

#include "widgets/Resources.h"

#include <QApplication>
#include <QFont>
#include <QLabel>
#include <QLayout>
#include <QPalette>
#include <QStringList>
#include <QStyle>
#include <QStyleFactory>

#include <utility>
#include <vector>

namespace station::theme {

namespace {

// The style sheet of both variants; every @name@ is replaced by the variant's value. A
// control whose frame the sheet restyles gets all of its sub-controls restyled too (spin
// buttons and arrows, the combo box's drop-down and arrow, indicators, scroll bars, tabs):
// a half-styled control falls back to drawing nothing, or the wrong thing, for the rest.
constexpr char16_t kStyleSheet[] = uR"css(
QMainWindow, QDialog { background: @ground@; }
QWidget { color: @text@; }
QFrame#panel { background: @field@; border: @bw@ solid @panelBorder@; border-radius: 10px; }
QLabel#panelTitle { color: @panelTitle@; font-weight: bold; }
QLabel#screenTitle { color: @title@; font-size: 30px; font-weight: bold; }
QLabel#tubeCode { color: @title@; font-size: 28px; font-weight: bold; }
QLabel#tubeCount { color: @count@; font-size: 64px; font-weight: bold; }
QLabel#hint { color: @muted@; }
QLabel#formError { color: @error@; font-weight: bold; }
QLabel#hubJoinStatus[ok="false"] { color: @error@; font-weight: bold; }

QLineEdit, QComboBox, QAbstractSpinBox { background: @field@; border: @bw@ solid @fieldBorder@;
  border-radius: 6px; padding: 6px 8px; min-height: 28px; }
/* The focus frame is a pixel wider (fw = bw + 1 in both variants); the padding gives that
   pixel back, so focus never shrinks the text (a focused default button's "OK" was cut). */
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus { border: @fw@ solid @focus@;
  padding: 5px 7px; }
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled { color: @disabled@;
  background: @buttonFace@; }
QLineEdit#scanField { font-size: 22px; min-height: 40px; }
/* The table's questions (a re-test, a recall, why, which tube) are read at arm's length, as
   the banner is. */
QDialog[tableQuestion="true"] QLabel, QDialog[tableQuestion="true"] QLineEdit,
QDialog[tableQuestion="true"] QListWidget { font-size: 22px; }
QDialog[tableQuestion="true"] QPushButton { font-size: 20px; min-height: 40px; min-width: 96px;
  padding: 4px 18px; }

QAbstractSpinBox { padding-right: 32px; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { subcontrol-origin: padding;
  width: 28px; background: @buttonFace@; border-left: 1px solid @panelBorder@; }
QAbstractSpinBox::up-button { subcontrol-position: top right; border-top-right-radius: 5px;
  border-bottom: 1px solid @panelBorder@; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right;
  border-bottom-right-radius: 5px; }
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover { background: @hover@; }
QAbstractSpinBox::up-arrow { image: url(:/icons/@arrowUp@.svg); width: 12px; height: 12px; }
QAbstractSpinBox::down-arrow { image: url(:/icons/@arrowDown@.svg); width: 12px; height: 12px; }
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {
  image: url(:/icons/@arrowUp@-disabled.svg); }
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {
  image: url(:/icons/@arrowDown@-disabled.svg); }

/* The popup is a plain list under the field, as long as its items (up to maxVisibleItems):
   Fusion's own popup over the field scrolls a short list near the screen's edge. */
QComboBox { padding-right: 34px; combobox-popup: 0; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: top right; width: 30px;
  border: none; border-left: 1px solid @panelBorder@; border-top-right-radius: 5px;
  border-bottom-right-radius: 5px; background: @buttonFace@; }
QComboBox::drop-down:hover { background: @hover@; }
QComboBox::down-arrow { image: url(:/icons/@arrowDown@.svg); width: 12px; height: 12px; }
QComboBox::down-arrow:disabled { image: url(:/icons/@arrowDown@-disabled.svg); }
QComboBox QAbstractItemView { background: @field@; border: @bw@ solid @fieldBorder@;
  selection-background-color: @selection@; selection-color: @selectionText@; }

QCheckBox, QRadioButton { spacing: 8px; }
QCheckBox::indicator, QGroupBox::indicator, QRadioButton::indicator { width: 18px;
  height: 18px; border: 2px solid @indicatorBorder@; background: @field@; }
QCheckBox::indicator, QGroupBox::indicator { border-radius: 4px; }
QRadioButton::indicator { border-radius: 11px; }
QCheckBox::indicator:focus, QRadioButton::indicator:focus { border-color: @focus@; }
QCheckBox::indicator:checked, QGroupBox::indicator:checked { background: @accent@;
  border-color: @accent@; image: url(:/icons/checkmark.svg); }
QCheckBox::indicator:indeterminate { background: @hover@; border-color: @accent@; }
QRadioButton::indicator:checked { border-color: @accent@; background: qradialgradient(
  cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 @accent@, stop: 0.5 @accent@,
  stop: 0.6 @field@, stop: 1 @field@); }
QCheckBox::indicator:disabled, QGroupBox::indicator:disabled, QRadioButton::indicator:disabled {
  border-color: @disabled@; background: @buttonFace@; }
QCheckBox::indicator:checked:disabled, QGroupBox::indicator:checked:disabled {
  background: @disabled@; }
QCheckBox:disabled, QRadioButton:disabled { color: @disabled@; }

/* Words on dialog buttons, no icons: a desktop theme's green tick and red cross said less
   than "Save" and took the room of a longer word. */
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }

QPushButton { background: @field@; border: @bw@ solid @fieldBorder@; border-radius: 6px;
  padding: 8px 14px; }
QPushButton:hover { background: @hover@; }
QPushButton:focus { border: @fw@ solid @focus@; padding: 7px 13px; }
/* The table screen's row of actions: narrow side padding so the row fits a 1280-pixel
   screen; the buttons share the width. */
QPushButton#screenAction { padding: 8px 6px; }
QPushButton#screenAction:focus { padding: 7px 5px; }
/* A dialog's default button is coloured, not bold: it becomes the default after its width
   is worked out, and bold words would no longer fit it ("Set up statio"). */
QPushButton:default, QPushButton#primary { background: @accent@; color: @accentText@;
  border: @bw@ solid @accent@; }
QPushButton#primary { font-weight: bold; }
QPushButton:default:focus, QPushButton#primary:focus { border: @fw@ solid @focus@; }
QPushButton:disabled { color: @disabled@; background: @buttonFace@; }

QTableView, QListView, QTreeView { background: @field@; border: @bw@ solid @panelBorder@;
  gridline-color: @gridline@; selection-background-color: @selection@;
  selection-color: @selectionText@; }
QHeaderView::section { background: @header@; color: @panelTitle@; border: none;
  border-bottom: @bw@ solid @panelBorder@; padding: 6px; font-weight: bold; }

QScrollBar:vertical { background: @groove@; width: 14px; margin: 0; border: none; }
QScrollBar:horizontal { background: @groove@; height: 14px; margin: 0; border: none; }
QScrollBar::handle { background: @handle@; border-radius: 4px; margin: 3px; }
QScrollBar::handle:vertical { min-height: 32px; }
QScrollBar::handle:horizontal { min-width: 32px; }
QScrollBar::handle:hover { background: @handleHover@; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }

QTabWidget::pane { border: @bw@ solid @panelBorder@; background: @field@; top: -1px; }
QTabBar::tab { background: @buttonFace@; color: @text@; border: @bw@ solid @panelBorder@;
  border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px;
  padding: 6px 14px; margin-right: 2px; margin-top: 3px; }
QTabBar::tab:selected { background: @field@; border-color: @fieldBorder@; font-weight: bold;
  margin-top: 0; }
QTabBar::tab:focus { border-color: @focus@; }

QToolTip { background: @field@; color: @text@; border: 1px solid @fieldBorder@; }
QStatusBar { background: @status@; color: @statusText@; }
QStatusBar QLabel { padding: 2px 12px; border-left: 1px solid @statusBorder@; }
QStatusBar::item { border: none; }
)css";

using Values = std::vector<std::pair<const char *, const char *>>;

Values standardValues() {
    return {{"ground", "#f5f7fa"},
            {"text", "#1f2933"},
            {"field", "#ffffff"},
            {"fieldBorder", "#9fb3c8"},
            {"panelBorder", "#d9e2ec"},
            {"panelTitle", "#486581"},
            {"title", "#102a43"},
            {"count", "#1f5f8b"},
            {"muted", "#627d98"},
            {"error", "#9b2c2c"},
            {"focus", "#1f5f8b"},
            {"accent", "#1f5f8b"},
            {"accentText", "#ffffff"},
            {"disabled", "#829ab1"},
            {"buttonFace", "#f0f4f8"},
            {"hover", "#d6e6f2"},
            {"indicatorBorder", "#627d98"},
            {"selection", "#d6e6f2"},
            {"selectionText", "#102a43"},
            {"gridline", "#eef2f6"},
            {"header", "#f0f4f8"},
            {"groove", "#eef2f6"},
            {"handle", "#9fb3c8"},
            {"handleHover", "#627d98"},
            {"status", "#e4ebf2"},
            {"statusText", "#334e68"},
            {"statusBorder", "#bcccdc"},
            {"bw", "1px"},
            {"fw", "2px"},
            {"arrowUp", "arrow-up"},
            {"arrowDown", "arrow-down"}};
}

Values highContrastValues() {
    return {{"ground", "#ffffff"},
            {"text", "#000000"},
            {"field", "#ffffff"},
            {"fieldBorder", "#000000"},
            {"panelBorder", "#000000"},
            {"panelTitle", "#000000"},
            {"title", "#000000"},
            {"count", "#00337a"},
            {"muted", "#303030"},
            {"error", "#8b0000"},
            {"focus", "#0033cc"},
            {"accent", "#00337a"},
            {"accentText", "#ffffff"},
            {"disabled", "#6b6b6b"},
            {"buttonFace", "#ffffff"},
            {"hover", "#dce6ff"},
            {"indicatorBorder", "#000000"},
            {"selection", "#00337a"},
            {"selectionText", "#ffffff"},
            {"gridline", "#767676"},
            {"header", "#ffffff"},
            {"groove", "#e0e0e0"},
            {"handle", "#000000"},
            {"handleHover", "#00337a"},
            {"status", "#ffffff"},
            {"statusText", "#000000"},
            {"statusBorder", "#000000"},
            {"bw", "2px"},
            {"fw", "3px"},
            {"arrowUp", "arrow-up-high-contrast"},
            {"arrowDown", "arrow-down-high-contrast"}};
}

QString value(const Values &values, const char *name) {
    for (const auto &[key, v] : values) {
        if (qstrcmp(key, name) == 0)
            return QLatin1String(v);
    }
    return {};
}

QString styleSheet(const Values &values) {
    QString sheet = QString::fromUtf16(kStyleSheet);
    for (const auto &[key, v] : values)
        sheet.replace(QLatin1Char('@') + QLatin1String(key) + QLatin1Char('@'), QLatin1String(v));
    return sheet;
}

// Controls the sheet leaves to the style (group boxes, sliders, menus) take these colours.
QPalette palette(const Values &values) {
    const QColor ground(value(values, "ground"));
    const QColor text(value(values, "text"));
    const QColor field(value(values, "field"));
    const QColor disabled(value(values, "disabled"));
    QPalette p(text, ground);
    p.setColor(QPalette::Window, ground);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, field);
    p.setColor(QPalette::AlternateBase, QColor(value(values, "buttonFace")));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(value(values, "buttonFace")));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(value(values, "selection")));
    p.setColor(QPalette::HighlightedText, QColor(value(values, "selectionText")));
    p.setColor(QPalette::ToolTipBase, field);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(value(values, "muted")));
    p.setColor(QPalette::Link, QColor(value(values, "accent")));
    p.setColor(QPalette::Mid, QColor(value(values, "fieldBorder")));
    p.setColor(QPalette::Dark, QColor(value(values, "fieldBorder")));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

Contrast contrastFromName(const QString &name, Contrast fallback) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("high-contrast") || n == QLatin1String("high"))
        return Contrast::High;
    if (n == QLatin1String("standard") || n == QLatin1String("normal"))
        return Contrast::Standard;
    return fallback;
}

Contrast contrastFromEnvironment() {
    const QString asked = qEnvironmentVariable("STATION_THEME");
    if (!asked.isEmpty())
        return contrastFromName(asked);
    const QString desktop = qEnvironmentVariable("GTK_THEME");
    return desktop.contains(QLatin1String("HighContrast"), Qt::CaseInsensitive)
               ? Contrast::High
               : Contrast::Standard;
}

void apply(QApplication &app, Contrast contrast) {
    initStationResources(); // the sheet's arrows and check marks
    // The style once: setting it again would destroy the style every widget holds and
    // re-create each one's native look; a change of contrast needs only palette and sheet.
    // (Once a sheet is set, style() is the sheet's own style, not named "fusion".)
    static bool styled = false;
    if (!styled) {
        styled = true;
        if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
    }
    const Values values = contrast == Contrast::High ? highContrastValues() : standardValues();
    QApplication::setPalette(palette(values));
    QFont f = app.font();
    f.setPixelSize(kBodyPixelSize);
    app.setFont(f);
    app.setStyleSheet(styleSheet(values));
}

QFont withOneFontForMarks(const QFont &font) {
    const QString marks = QStringLiteral("DejaVu Sans");
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    families.removeAll(marks);
    families.prepend(marks);
    QFont withMarks = font;
    withMarks.setFamilies(families);
    return withMarks;
}

QFont scaledFont(const QFont &font, qreal factor) {
    QFont scaled = font;
    if (font.pixelSize() > 0)
        scaled.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    else if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    return scaled;
}

void showAsRefusal(QLabel *label, bool refusal) {
    const QString name = refusal ? QStringLiteral("formError") : QStringLiteral("hint");
    if (label->objectName() == name)
        return;
    label->setObjectName(name);
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void setUpAnswerProblem(QLabel *label, const QString &objectName) {
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(kRefusalText));
    label->hide();
}

void showAnswerProblem(QLabel *label, const QString &problem) {
    label->setText(problem);
    label->show();
    QWidget *window = label->window();
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace station::theme
