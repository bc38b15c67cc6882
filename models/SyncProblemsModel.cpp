// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SyncProblemsModel.h"

#include "core/domain/Clock.h"

#include <QLocale>

namespace station {

SyncProblemsModel::SyncProblemsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SyncProblemsModel::setProblems(const QList<OutboxProblem> &problems) {
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

void SyncProblemsModel::setSiteNotes(const QList<SiteNote> &notes) {
    beginResetModel();
    m_notes = notes;
    endResetModel();
}

int SyncProblemsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_problems.size() + m_notes.size());
}

int SyncProblemsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncProblemsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() >= m_problems.size())
        return siteNoteData(m_notes.at(index.row() - m_problems.size()), index.column(), role);
    const OutboxProblem &p = m_problems.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return p.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created:
        // ISO order (GB/T 7408), the same in every language.
        return QLocale().toString(fromIsoUtc(p.createdAt).toLocalTime(),
                                  QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind:
        return p.kind;
    case Problem:
        return p.state == QLatin1String("conflict")
                   ? tr("Conflict: the server holds other content for this record")
                   : tr("Rejected by the server");
    case Reason:
        return p.reason;
    case Record:
        return p.uuid;
    default:
        return {};
    }
}

QVariant SyncProblemsModel::siteNoteData(const SiteNote &note, int column, int role) const {
    const QString otherAt = note.otherAt.isValid() ? QLocale().toString(note.otherAt.toLocalTime(),
                                                                        QStringLiteral("HH:mm"))
                                                   : QString();
    const bool tubeReused = note.kind == QLatin1String("tube_code_reused");
    const bool personElsewhere = note.kind == QLatin1String("person_sampled_elsewhere");
    const bool boxedTwice = note.kind == QLatin1String("tube_boxed_twice");
    const bool handedOverTwice = note.kind == QLatin1String("box_handed_over_twice");
    const bool relayRefused = note.kind == QLatin1String("relay_refused");
    if (role == Qt::ToolTipRole && column == Reason)
        return note.reason; // the server's own sentence, in English
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Created:
        return QLocale().toString(note.notedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind:
        return note.recordKind.isEmpty() ? note.kind : note.recordKind;
    case Problem:
        if (tubeReused)
            return tr("Tube code %1 was also used at %2").arg(note.tube, note.otherTable);
        if (personElsewhere)
            return tr("This person was also sampled at %1 at %2 the same day, without a "
                      "confirmed re-test")
                .arg(note.otherTable, otherAt);
        if (boxedTwice)
            return tr("Tube %1 was also packed into a box at %2").arg(note.tube, note.otherTable);
        if (handedOverTwice)
            return tr("Box %1 was also handed over at %2")
                .arg(note.box.isEmpty() ? note.tube : note.box, note.otherTable);
        if (relayRefused)
            return relayRefusalProblem(note);
        return tr("Site note: %1").arg(note.kind);
    case Reason:
        // What to do: the record is stored; the people at the site must sort it out.
        if (tubeReused)
            return tr("Two tables used tube code %1, so their samples could be mixed up at the "
                      "laboratory. Tell the site lead now: keep both tubes apart, mark them, "
                      "and tell the laboratory which tubes share the code. Nothing needs to "
                      "be entered again.")
                .arg(note.tube);
        if (personElsewhere)
            return tr("The person may have been sampled twice today (here in tube %1, and at "
                      "%2). Tell the site lead; if it was not meant as a re-test, the "
                      "laboratory may see the person twice. Nothing needs to be entered again.")
                .arg(note.tube, note.otherTable);
        if (boxedTwice)
            return tr("Two boxes list tube %1 (one packed here, one at %2), but only one can "
                      "hold it. Tell the site lead now: open neither box; check which box holds "
                      "the tube and tell the laboratory that the other box's manifest lists it "
                      "by mistake. Nothing needs to be entered again.")
                .arg(note.tube, note.otherTable);
        if (handedOverTwice)
            return tr("Box %1 was handed over twice (here and at %2). Tell the site lead: check "
                      "with the courier which hand-over is the real one and keep both manifests "
                      "for the laboratory. Nothing needs to be entered again.")
                .arg(note.box.isEmpty() ? note.tube : note.box, note.otherTable);
        if (relayRefused)
            return relayRefusalAdvice(note);
        return note.reason;
    case Record:
        return note.uuid;
    default:
        return {};
    }
}

QVariant SyncProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Recorded");
    case Kind:
        return tr("Record type");
    case Problem:
        return tr("Problem");
    case Reason:
        return tr("Server's reason");
    case Record:
        return tr("Record id");
    default:
        return {};
    }
}

} // namespace station
