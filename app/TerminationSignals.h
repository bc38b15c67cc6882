// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

class QSocketNotifier;

namespace station {

// The system's request to stop the station — SIGTERM when the laptop shuts down or the session
// ends, SIGHUP when its terminal closes, SIGINT from Ctrl+C — ends it as closing the window
// does: the event loops end (an open question is cancelled, nothing recorded), the clean stop
// is recorded and the threads and the database close. Without it every ordinary shutdown
// left the next start saying the station "recovered from an unexpected stop", a warning the
// staff would learn to ignore.
//
// Thread contract: the signal handler only writes one byte to a socket pair (the one thing
// it may do, being async-signal-safe); the thread that installed this object reads it
// through a QSocketNotifier and asks the application to exit. One instance per process.
class TerminationSignals : public QObject {
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

    // False (and `error` says why) when the socket pair or a handler could not be set up;
    // the station then runs as before, stopped by a signal's default action.
    bool install(QString *error);

private:
    void onSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace station
