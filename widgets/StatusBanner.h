// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "table/ScanOutcome.h"

#include <QFrame>

class QLabel;

namespace station {

// The big line at the top of the table screen, readable from a metre away. Status is
// carried three ways: words, an icon shape (check, cross, exclamation) and a colour.
class StatusBanner : public QFrame {
    Q_OBJECT
public:
    enum class Look { Neutral, Success, Refusal, Attention };

    explicit StatusBanner(QWidget *parent = nullptr);

    void showOutcome(const ScanOutcome &outcome);
    void showMessage(Look look, const QString &text);

    Look look() const { return m_look; }
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    Look m_look = Look::Neutral;
};

} // namespace station
