// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/Clock.h"
#include "core/sync/SyncStatus.h"
#include "models/SyncStatusText.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTimer;

namespace station {

// The status bar's sync indicator: an icon whose shape and colour carry the tone (so it
// reads without colour vision: circle = fine, triangle = warning, square = alarm), a
// line of text, and a "Sync now" button. The tooltip holds the last error in full.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(Clock clock = systemClock(), QWidget *parent = nullptr);

    void setStatus(const SyncStatus &status);
    // A narrow status bar: the line without why it is offline; the tooltip says it whole.
    void setBrief(bool brief);
    QString text() const;
    SyncTone tone() const { return m_tone; }

Q_SIGNALS:
    void syncNowRequested();

private:
    void refresh();

    Clock m_clock;
    SyncStatus m_status;
    SyncTone m_tone = SyncTone::Ok;
    bool m_brief = false;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_syncNow;
    QTimer *m_ageTimer; // the oldest record's age grows while nothing changes
};

} // namespace station
