// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Theme.h"

#include <QApplication>
#include <QFont>

namespace station::theme {

void apply(QApplication &app) {
    QFont f = app.font();
    f.setPixelSize(kBodyPixelSize);
    app.setFont(f);
    app.setStyleSheet(QStringLiteral(
        "QMainWindow, QDialog { background: #f5f7fa; }"
        "QWidget { color: #1f2933; }"
        "QFrame#panel { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 10px; }"
        "QLabel#panelTitle { color: #486581; font-weight: bold; }"
        "QLabel#screenTitle { color: #102a43; font-size: 30px; font-weight: bold; }"
        "QLabel#tubeCode { color: #102a43; font-size: 28px; font-weight: bold; }"
        "QLabel#tubeCount { color: #1f5f8b; font-size: 64px; font-weight: bold; }"
        "QLabel#hint { color: #627d98; }"
        "QLabel#formError { color: #9b2c2c; font-weight: bold; }"
        "QLineEdit, QComboBox, QSpinBox { background: #ffffff; border: 1px solid #9fb3c8; "
        "border-radius: 6px; padding: 6px 8px; min-height: 28px; }"
        "QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: 2px solid #1f5f8b; }"
        "QLineEdit#scanField { font-size: 22px; min-height: 40px; }"
        "QPushButton { background: #ffffff; border: 1px solid #9fb3c8; border-radius: 6px; "
        "padding: 8px 14px; }"
        "QPushButton:focus { border: 2px solid #1f5f8b; }"
        // The table screen's row of actions: narrow side padding so the row fits a
        // 1280-pixel screen; the buttons share the width.
        "QPushButton#screenAction { padding: 8px 6px; }"
        // A dialog's default button is blue, not bold: it becomes the default after its
        // width is worked out, and bold words would no longer fit it ("Set up statio").
        "QPushButton:default, QPushButton#primary { background: #1f5f8b; color: #ffffff; "
        "border: 1px solid #1f5f8b; }"
        "QPushButton#primary { font-weight: bold; }"
        "QPushButton:disabled { color: #9fb3c8; }"
        "QTableView { background: #ffffff; border: 1px solid #d9e2ec; "
        "gridline-color: #eef2f6; selection-background-color: #d6e6f2; "
        "selection-color: #102a43; }"
        "QHeaderView::section { background: #f0f4f8; color: #486581; border: none; "
        "border-bottom: 1px solid #d9e2ec; padding: 6px; font-weight: bold; }"
        "QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; "
        "width: 26px; border: none; }"
        "QStatusBar { background: #e4ebf2; color: #334e68; }"
        "QStatusBar QLabel { padding: 2px 12px; border-left: 1px solid #bcccdc; }"
        "QStatusBar::item { border: none; }"));
}

} // namespace station::theme
