// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "table/ScanOutcome.h"

#include <QFrame>

class QLabel;

namespace station {

// The big line at the top of the table screen, readable from a metre away. Status is
// carried three ways: words (a headline such as "Refused" over the message), an icon shape
// (tick in a circle, cross in an octagon, exclamation in a triangle, a tube while waiting)
// and a colour (saturated green, red or amber; white while waiting). A success shows the
// tube's count beside the message.
class StatusBanner : public QFrame {
    Q_OBJECT
public:
    enum class Look { Neutral, Success, Refusal, Attention };

    explicit StatusBanner(QWidget *parent = nullptr);

    void showOutcome(const ScanOutcome &outcome);
    void showMessage(Look look, const QString &text);
    // The count beside a success ("3 / 10"); empty hides it. Cleared by the next message.
    void setCountText(const QString &count);
    // A smaller line beside the headline that does not replace the message: what happened
    // after a refusal that stays on screen, or what became of a box's papers. Cleared by
    // the next message.
    void setFollowUp(const QString &text);
    // Smaller type, icon and margins for a short screen (a laptop's 768 or 720 pixels):
    // still read from a metre away, and the table below keeps its room.
    void setCompact(bool compact);

    Look look() const { return m_look; }
    QString text() const;
    QString headline() const;
    QString countText() const;
    QString followUp() const;

private:
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_text;
    QLabel *m_followUp;
    QLabel *m_count;
    Look m_look = Look::Neutral;
    int m_iconSize;
    QString m_iconPath;
};

} // namespace station
