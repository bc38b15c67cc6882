// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QRandomGenerator>

class QTimer;

namespace station {

// When to try a server again after a failure: the one policy of the station's sync clients
// (OutboxRelay, SiteFactsFeed, SiteStaffSync). Each failure in a row doubles a ceiling from
// `minMs` up to `maxMs`; the wait is drawn in the ceiling's upper half (jitter, so that
// many stations coming back after the same outage do not all knock at once). A success
// starts again at `minMs`. A wait can be cut short, e.g. when a health probe finds the server
// again or the network comes back.
//
// The waiting is a single-shot timer that emits due(); it lives on the thread of its
// object, so an owner on a thread of its own makes its Backoff there.
class Backoff : public QObject {
    Q_OBJECT
public:
    // `seed` draws the jitter: a fixed one repeats the waits (tests).
    Backoff(int minMs, int maxMs, quint32 seed = QRandomGenerator::global()->generate(),
            QObject *parent = nullptr);

    // The wait after one more failure, and the ceiling doubled for the next.
    int nextDelayMs();
    // The ceiling the next failure's wait is drawn under.
    int ceilingMs() const { return m_ceilingMs; }
    // A success: the next failure waits about minMs again; a wait under way is dropped.
    void reset();

    // Waits nextDelayMs(), then emits due(); answers the wait.
    int retryLater();
    // Waits `delayMs` chosen by the caller (e.g. the longest wait, for an answer that only a
    // change of settings can mend), then emits due(); the ceiling stays as it is.
    void retryAfter(int delayMs);
    bool isWaiting() const;
    // Ends a wait under way now: reset() and due(). Does nothing when not waiting.
    void cutShort();
    // Drops a wait under way without due(); the ceiling stays as it is.
    void cancel();

Q_SIGNALS:
    void due();

private:
    int m_minMs;
    int m_maxMs;
    int m_ceilingMs;
    QRandomGenerator m_random;
    QTimer *m_timer;
};

} // namespace station
