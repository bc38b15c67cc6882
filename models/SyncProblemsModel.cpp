// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SyncProblemsModel.h"

#include "core/domain/Clock.h"
#include "protocol/RecordKinds.h"

#include <QLocale>

namespace station {

SyncProblemsModel::SyncProblemsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SyncProblemsModel::setProblems(const QList<OutboxProblem> &problems) {
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

void SyncProblemsModel::setTableLabelShown(std::function<QString(const QString &)> shown) {
    beginResetModel();
    m_tableLabelShown = std::move(shown);
    endResetModel();
}

QString SyncProblemsModel::shownTable(const QString &label) const {
    return m_tableLabelShown ? m_tableLabelShown(label) : label;
}

void SyncProblemsModel::setSiteNotes(const QList<SiteNote> &notes) {
    beginResetModel();
    m_notes = notes;
    endResetModel();
}

QString SyncProblemsModel::recordKindInWords(const QString &kind) {
    const std::optional<protocol::RecordKind> known = protocol::recordKindFromName(kind);
    if (!known)
        return kind;
    using K = protocol::RecordKind;
    // Every kind, so that a new one does not compile until it has its words.
    switch (*known) {
    case K::SampleTaken:
        return tr("Sample taken");
    case K::SampleRemoved:
        return tr("Sample removed");
    case K::TubeOpened:
        return tr("Tube opened");
    case K::TubeSealed:
        return tr("Tube sealed");
    case K::TubeVoided:
        return tr("Tube voided");
    case K::TubeReopened:
        return tr("Tube reopened");
    case K::TubePoolChanged:
        return tr("Tube pool size changed");
    case K::BoxOpened:
        return tr("Box opened");
    case K::BoxTubeAdded:
        return tr("Tube put into box");
    case K::BoxSealed:
        return tr("Box sealed");
    case K::BoxHandedOver:
        return tr("Box handed over");
    case K::IdRevealed:
        return tr("ID number shown");
    case K::AuditAnchorAcknowledged:
        return tr("Audit log check acknowledged");
    case K::OperatorChanged:
        return tr("Staff member changed");
    }
    return kind;
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
    if (role == Qt::ToolTipRole && index.column() == Kind)
        return p.kind;
    if (role == Qt::ToolTipRole && index.column() == Record)
        return p.uuid; // the whole id: the column may show it elided
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created:
        // ISO order (GB/T 7408), the same in every language.
        return QLocale().toString(fromIsoUtc(p.createdAt).toLocalTime(),
                                  QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind:
        return recordKindInWords(p.kind);
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
    if (role == Qt::ToolTipRole && column == Reason)
        return note.reason; // the server's own sentence, in English
    if (role == Qt::ToolTipRole && column == Kind)
        return note.recordKind;
    if (role == Qt::ToolTipRole && column == Record)
        return note.uuid;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Created:
        return QLocale().toString(note.notedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case Kind:
        // The note's own kind is the problem, said in the next column.
        return recordKindInWords(note.recordKind);
    case Problem:
        return siteNoteProblem(note, shownTable(note.otherTable));
    case Reason:
        // What to do: the record is stored; the people at the site must sort it out.
        return siteNoteAdvice(note, shownTable(note.otherTable));
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
        return tr("Reason, what to do");
    case Record:
        return tr("Record id");
    default:
        return {};
    }
}

} // namespace station
