// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whether a window fits a laptop screen and shows all of its words: the window within the
// screen's available area (less a title bar), every visible widget inside its window (or
// inside a scroll area that can scroll to it), and no button, label, check box, combo box
// or field hint whose text is cut off. A widget that elides its text by design says so
// with the dynamic property "elidesText" set to true.
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>

namespace station::test {

// What a window manager takes from the screen's available area for a window's frame.
inline constexpr int kTitleBarHeight = 30;
// Rounding of fractional scaling: a pixel either way is not a cut.
inline constexpr int kTolerance = 1;

// The room a window's client area has on `screen`: the available area less a title bar.
inline QSize clientBudget(const QScreen *screen) {
    const QRect available = screen->availableGeometry();
    return {available.width(), available.height() - kTitleBarHeight};
}

// "QPushButton#primary "Sign in"": how a widget is named in a failure message.
inline QString describe(const QWidget *w) {
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (const auto *box = qobject_cast<const QGroupBox *>(w))
        text = box->title();
    else if (const auto *combo = qobject_cast<const QComboBox *>(w))
        text = combo->currentText();
    else if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    text.replace(QLatin1Char('\n'), QLatin1String(" / "));
    if (text.size() > 48)
        text = text.left(45) + QStringLiteral("...");
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char('#') + w->objectName();
    return text.isEmpty() ? name : QStringLiteral("%1 \"%2\"").arg(name, text);
}

// A button's text as drawn: "&Save" shows as "Save", "&&" as "&".
inline QString withoutMnemonic(QString text) {
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

inline bool elidesByDesign(const QWidget *w) {
    return w->property("elidesText").toBool();
}

// The widest line of `text` and the height of its lines in `font`.
inline QSize plainTextSize(const QFont &font, const QString &text) {
    const QFontMetrics fm(font);
    int width = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        width = qMax(width, fm.horizontalAdvance(line));
    return {width, int(lines.size()) * fm.lineSpacing() - fm.leading()};
}

inline QString cutMessage(const QWidget *w, const QSize &need, const QRect &room) {
    QStringList parts;
    if (need.width() > room.width() + kTolerance)
        parts << QStringLiteral("needs %1 px wide, has %2 (%3 px cut)")
                     .arg(need.width())
                     .arg(room.width())
                     .arg(need.width() - room.width());
    if (need.height() > room.height() + kTolerance)
        parts << QStringLiteral("needs %1 px high, has %2 (%3 px cut)")
                     .arg(need.height())
                     .arg(room.height())
                     .arg(need.height() - room.height());
    if (parts.isEmpty())
        return {};
    return QStringLiteral("%1: text cut off: %2").arg(describe(w), parts.join(QLatin1String(", ")));
}

// The text of a label, button, check box, combo box or a field's hint that does not fit
// its widget; empty when it fits or the widget shows no such text.
inline QString textCut(const QWidget *w) {
    if (elidesByDesign(w))
        return {};
    if (const auto *label = qobject_cast<const QLabel *>(w)) {
        const bool rich =
            label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (label->text().isEmpty() || rich)
            return {};
        QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                    -label->margin(), -label->margin());
        const QString text = label->buddy() ? withoutMnemonic(label->text()) : label->text();
        if (label->wordWrap()) {
            const QRect needed =
                QFontMetrics(label->font())
                    .boundingRect(QRect(0, 0, room.width(), 1 << 20),
                                  int(label->alignment()) | Qt::TextWordWrap, text);
            return cutMessage(w, needed.size(), room);
        }
        return cutMessage(w, plainTextSize(w->font(), text), room);
    }
    if (const auto *button = qobject_cast<const QPushButton *>(w)) {
        if (button->text().isEmpty())
            return {};
        QStyleOptionButton opt;
        opt.initFrom(button);
        opt.text = button->text();
        opt.icon = button->icon();
        opt.iconSize = button->iconSize();
        if (button->isDefault())
            opt.features |= QStyleOptionButton::DefaultButton;
        QRect room = button->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, button);
        if (!button->icon().isNull())
            room.setWidth(room.width() - button->iconSize().width() - 4);
        // The font of a style sheet's pseudo-state (e.g. QPushButton:default) is not the
        // button's font(): the theme keeps such states to colours.
        return cutMessage(w, plainTextSize(button->font(), withoutMnemonic(button->text())), room);
    }
    if (qobject_cast<const QCheckBox *>(w) || qobject_cast<const QRadioButton *>(w)) {
        const auto *button = static_cast<const QAbstractButton *>(w);
        if (button->text().isEmpty())
            return {};
        QStyleOptionButton opt;
        opt.initFrom(button);
        opt.text = button->text();
        const QStyle::SubElement contents = qobject_cast<const QCheckBox *>(w)
                                                ? QStyle::SE_CheckBoxContents
                                                : QStyle::SE_RadioButtonContents;
        const QRect room = button->style()->subElementRect(contents, &opt, button);
        return cutMessage(w, plainTextSize(w->font(), withoutMnemonic(button->text())), room);
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
        if (combo->currentText().isEmpty() || combo->isEditable())
            return {};
        QStyleOptionComboBox opt;
        opt.initFrom(combo);
        opt.editable = false;
        opt.frame = combo->hasFrame();
        opt.currentText = combo->currentText();
        opt.subControls = QStyle::SC_All;
        const QRect room = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                          QStyle::SC_ComboBoxEditField, combo);
        const QSize need(QFontMetrics(combo->font()).horizontalAdvance(combo->currentText()), 0);
        return cutMessage(w, need, QRect(room.topLeft(), QSize(room.width(), 0)));
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
        // Qt elides a field's hint; a hint that cannot be read is still a cut.
        if (!edit->text().isEmpty() || edit->placeholderText().isEmpty() || !edit->parentWidget() ||
            qobject_cast<QComboBox *>(edit->parentWidget()))
            return {};
        QStyleOptionFrame opt;
        opt.initFrom(edit);
        opt.lineWidth = edit->hasFrame()
                            ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, edit)
                            : 0;
        QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &opt, edit);
        room = room.marginsRemoved(edit->textMargins());
        room.adjust(2, 0, -2, 0); // QLineEdit's own horizontal margin
        const QSize need(QFontMetrics(edit->font()).horizontalAdvance(edit->placeholderText()), 0);
        return cutMessage(w, need, QRect(room.topLeft(), QSize(room.width(), 0)));
    }
    if (const auto *box = qobject_cast<const QGroupBox *>(w)) {
        if (box->title().isEmpty())
            return {};
        QStyleOptionGroupBox opt;
        opt.initFrom(box);
        opt.text = box->title();
        opt.subControls = QStyle::SC_GroupBoxLabel | QStyle::SC_GroupBoxFrame;
        const QRect frame =
            box->style()->subControlRect(QStyle::CC_GroupBox, &opt, QStyle::SC_GroupBoxFrame, box);
        const QSize need(QFontMetrics(box->font()).horizontalAdvance(box->title()), 0);
        return cutMessage(w, need, QRect(frame.topLeft(), QSize(frame.width(), 0)));
    }
    return {};
}

// Whether `w` lies in the scrolled content of a scroll area (anything outside the
// viewport is reached by scrolling) or in an item view's or a composite widget's insides.
inline bool insideScrolledContent(const QWidget *w, const QWidget *window) {
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    }
    return false;
}

inline bool isInsideOfComposite(const QWidget *w) {
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || p->inherits("QAbstractSpinBox") ||
            p->inherits("QHeaderView") || p->inherits("QScrollBar") || p->isWindow())
            return !p->isWindow();
    }
    return false;
}

// The window's own size on its screen, as it opened (before a window manager would
// shrink it): empty when it fits in the screen's available area less a title bar.
inline QString windowSizeProblem(const QWidget *window, const QString &name) {
    const QScreen *screen = window->screen();
    const QSize budget = clientBudget(screen);
    const QSize size = window->size();
    if (size.width() <= budget.width() && size.height() <= budget.height())
        return {};
    return QStringLiteral("%1: the window opens at %2x%3, larger than the %4x%5 screen's room "
                          "for it (%6x%7 with a %8 px title bar): %9 px too wide, %10 px too high")
        .arg(name)
        .arg(size.width())
        .arg(size.height())
        .arg(screen->availableGeometry().width())
        .arg(screen->availableGeometry().height())
        .arg(budget.width())
        .arg(budget.height())
        .arg(kTitleBarHeight)
        .arg(qMax(0, size.width() - budget.width()))
        .arg(qMax(0, size.height() - budget.height()));
}

// What does not fit in `window`, laid out at its current size on its screen. Every entry
// names the window, the widget and how much is outside or cut.
inline QStringList fitProblems(QWidget *window, const QString &name) {
    QStringList problems;
    const auto add = [&](const QString &what) {
        problems << QStringLiteral("%1: %2").arg(name, what);
    };
    const QSize budget = clientBudget(window->screen());
    const QSize least = window->minimumSize().expandedTo(window->minimumSizeHint());
    if (least.width() > budget.width() || least.height() > budget.height())
        add(QStringLiteral("the window cannot be made smaller than %1x%2 (its layout's "
                           "minimum), the screen has room for %3x%4")
                .arg(least.width())
                .arg(least.height())
                .arg(budget.width())
                .arg(budget.height()));

    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->isWindow() || !w->isVisibleTo(window) || isInsideOfComposite(w))
            continue;
        if (const auto *area = qobject_cast<const QScrollArea *>(w); area && area->widget()) {
            // Content beyond a side that does not scroll cannot be reached.
            const QSize content = area->widget()->size();
            const QSize view = area->viewport()->size();
            if (area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
                content.width() > view.width() + kTolerance)
                add(QStringLiteral("%1: its content is %2 px wider than it, and it does not "
                                   "scroll sideways")
                        .arg(describe(w))
                        .arg(content.width() - view.width()));
            if (area->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff &&
                content.height() > view.height() + kTolerance)
                add(QStringLiteral("%1: its content is %2 px higher than it, and it does not "
                                   "scroll")
                        .arg(describe(w))
                        .arg(content.height() - view.height()));
        }
        QWidget *parent = w->parentWidget();
        const bool scrolled = insideScrolledContent(w, window);
        if (!scrolled && parent) {
            const QRect r = w->geometry();
            const QRect room = parent->rect();
            const int right = r.right() - room.right();
            const int below = r.bottom() - room.bottom();
            const int left = room.left() - r.left();
            const int above = room.top() - r.top();
            if (qMax(qMax(right, below), qMax(left, above)) > kTolerance) {
                QStringList sides;
                if (right > kTolerance)
                    sides << QStringLiteral("%1 px beyond the right").arg(right);
                if (below > kTolerance)
                    sides << QStringLiteral("%1 px below the bottom").arg(below);
                if (left > kTolerance)
                    sides << QStringLiteral("%1 px beyond the left").arg(left);
                if (above > kTolerance)
                    sides << QStringLiteral("%1 px above the top").arg(above);
                add(QStringLiteral("%1 lies outside %2: %3")
                        .arg(describe(w),
                             parent == window ? QStringLiteral("the window") : describe(parent),
                             sides.join(QLatin1String(", "))));
            }
        }
        if (const QString cut = textCut(w); !cut.isEmpty())
            add(cut);
    }
    return problems;
}

// Settles a shown window's layout: pending layout requests and resizes are processed.
inline void settle(QWidget *window) {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (window->layout())
            window->layout()->activate();
    }
}

// As a window manager does with a window larger than the screen: it is made as small as
// the screen allows (never smaller than its minimum size), so that its contents are
// judged at the size a person would see.
inline void constrainToScreen(QWidget *window) {
    const QSize budget = clientBudget(window->screen());
    if (window->isMaximized() || window->isFullScreen()) {
        window->setWindowState(Qt::WindowNoState);
        window->resize(budget);
    } else if (window->width() > budget.width() || window->height() > budget.height()) {
        window->resize(window->size().boundedTo(budget));
    }
    settle(window);
}

} // namespace station::test
