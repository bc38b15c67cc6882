// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace station {

// Runs `work` (no database, no widgets: e.g. Argon2id over a passphrase) on a worker thread
// while a modal busy dialog shows `label`, and returns its result. The GUI keeps painting
// and the dialog takes the input, so nothing is submitted twice. For steps that must finish
// before anything else can happen (unlocking at start-up); screens that stay usable run
// their work with a QFutureWatcher instead.
template <typename Work>
auto runWithBusyDialog(QWidget *parent, const QString &title, const QString &label, Work work) {
    using Value = decltype(work());
    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setObjectName(QStringLiteral("busyDialog"));
    busy.setWindowTitle(title);
    busy.setWindowModality(Qt::ApplicationModal);
    busy.setMinimumDuration(0);
    busy.setCancelButton(nullptr);
    QFutureWatcher<Value> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Value>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    busy.show();
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    busy.close();
    return watcher.result();
}

} // namespace station
