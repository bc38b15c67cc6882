// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScreenRoom.h"

#include <QEvent>
#include <QLayout>
#include <QPainter>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace station {

namespace {

// Sizes its window at the first Show event: the window is created, and on its screen,
// but not on screen yet.
class FitOnFirstShow : public QObject {
public:
    FitOnFirstShow(QWidget *window, std::function<QSize()> preferred,
                   std::function<void(QSize)> fitted)
        : QObject(window)
        , m_preferred(preferred)
        , m_fitted(std::move(fitted)) {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() != QEvent::Show)
            return false;
        auto *window = static_cast<QWidget *>(watched);
        window->removeEventFilter(this);
        const QSize room = roomOnScreen(window);
        if (m_fitted)
            m_fitted(room);
        // The minimum as the window arranged itself for the room, not as it was before.
        if (window->layout())
            window->layout()->activate();
        const QSize preferred = m_preferred ? m_preferred() : window->sizeHint();
        window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint()));
        deleteLater();
        return false;
    }

private:
    std::function<QSize()> m_preferred;
    std::function<void(QSize)> m_fitted;
};

} // namespace

QSize roomOnScreen(const QWidget *window) {
    const QScreen *screen = window->screen();
    const QRect available = screen->availableGeometry();
    return {available.width(), available.height() - kWindowFrameHeight};
}

void fitToScreenWhenShown(QWidget *window, QSize preferred, std::function<void(QSize)> fitted) {
    std::function<QSize()> size;
    if (preferred.isValid())
        size = [preferred] { return preferred; };
    new FitOnFirstShow(window, std::move(size), std::move(fitted));
}

void fitToScreenWhenShown(QWidget *window, std::function<QSize()> preferred,
                          std::function<void(QSize)> fitted) {
    new FitOnFirstShow(window, std::move(preferred), std::move(fitted));
}

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent) {
    setProperty("elidesText", true);
    setTextFormat(Qt::PlainText);
}

QSize ElidingLabel::minimumSizeHint() const {
    // Room for a few letters and the ellipsis; the rest of the text is given up first.
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(QStringLiteral("MMMM…")) + m.left() + m.right(),
            QLabel::minimumSizeHint().height()};
}

void ElidingLabel::setHeadline(const QString &headline, const QString &whole) {
    m_whole = whole == headline ? QString() : whole;
    setText(headline);
}

void ElidingLabel::paintEvent(QPaintEvent *) {
    QPainter p(this);
    drawFrame(&p);
    const QRect room = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, room.width());
    setToolTip(!m_whole.isEmpty() ? m_whole : shown == text() ? QString() : text());
    style()->drawItemText(&p, room, int(alignment()), palette(), isEnabled(), shown,
                          foregroundRole());
}

} // namespace station
