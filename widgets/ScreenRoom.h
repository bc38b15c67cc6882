// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QLabel>
#include <QSize>

#include <functional>

class QWidget;

namespace station {

// What a window manager's title bar and frame take from the screen's available height.
inline constexpr int kWindowFrameHeight = 30;

// The room for a window's contents on the screen it is on: the available area (without
// panels and docks) less a title bar.
QSize roomOnScreen(const QWidget *window);

// A laptop screen (1366x768, 1280x720, at 100 % or 125 %) is often smaller than what a
// window would like: when `window` is first shown, on the screen it opens on, it is made
// `preferred` in size (its size hint when empty), but never larger than the room there,
// nor smaller than its minimum size. `fitted` is then told the room, before anything is
// painted, so that the window can arrange itself for it.
void fitToScreenWhenShown(QWidget *window, QSize preferred = {},
                          std::function<void(QSize room)> fitted = {});
// The same with the preferred size worked out at that moment, when the window's style is
// applied (e.g. the whole height of a scroll area's content).
void fitToScreenWhenShown(QWidget *window, std::function<QSize()> preferred,
                          std::function<void(QSize room)> fitted = {});

// A one-line label whose text is elided ("…") rather than cut when there is no room for
// it; the whole text is its tool tip. For status texts that may be squeezed.
class ElidingLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // Shows `headline`, with `whole` as the tool tip (a status whose full text does not
    // belong in a status bar).
    void setHeadline(const QString &headline, const QString &whole);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_whole; // the tool tip when it says more than the text; else empty
};

} // namespace station
