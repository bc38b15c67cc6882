// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFrame>

class QLabel;

namespace station::dashboard {

// One key figure: a small caption, a large number, an optional note under it.
class FigureTile : public QFrame {
    Q_OBJECT
public:
    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &note = {});
    // Stale figures are drawn greyed so they are never read as current.
    void setStale(bool stale);
    QString value() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace station::dashboard
