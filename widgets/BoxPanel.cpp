// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BoxPanel.h"

#include "core/TableLabel.h"
#include "core/TimeText.h"
#include "core/domain/Sentences.h"
#include "widgets/Theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace station {

BoxPanel::BoxPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_code(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_tubes(new QLabel(this))
    , m_ageIcon(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_reconciliation(new QLabel(this))
    , m_othersWaiting(new QLabel(this))
    , m_printLabel(new QPushButton(this))
    , m_printManifest(new QPushButton(this)) {
    setObjectName(QStringLiteral("boxPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    m_title->setObjectName(QStringLiteral("panelTitle"));
    m_code->setObjectName(QStringLiteral("boxCode"));
    m_tubes->setWordWrap(true);
    m_tubes->setTextFormat(Qt::PlainText);
    m_countdown->setWordWrap(true);
    m_countdown->setTextFormat(Qt::PlainText);
    m_reconciliation->setWordWrap(true);
    m_reconciliation->setTextFormat(Qt::PlainText);
    m_othersWaiting->setWordWrap(true);
    m_othersWaiting->setTextFormat(Qt::PlainText);
    m_othersWaiting->hide();
    m_ageIcon->setFixedSize(32, 32);
    // The scan field keeps the focus; the keys are on the buttons.
    m_printLabel->setObjectName(QStringLiteral("printBoxLabel"));
    m_printLabel->setText(tr("Print box label (Ctrl+B)"));
    m_printLabel->setFocusPolicy(Qt::NoFocus);
    m_printManifest->setObjectName(QStringLiteral("printManifest"));
    m_printManifest->setText(tr("Print manifest (Ctrl+M)"));
    m_printManifest->setFocusPolicy(Qt::NoFocus);
    connect(m_printLabel, &QPushButton::clicked, this, &BoxPanel::printLabelRequested);
    connect(m_printManifest, &QPushButton::clicked, this, &BoxPanel::printManifestRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_code);
    top->addWidget(m_counts, 1);
    top->addWidget(m_printLabel);
    top->addWidget(m_printManifest);
    auto *age = new QHBoxLayout;
    age->addWidget(m_ageIcon, 0, Qt::AlignVCenter);
    age->addWidget(m_countdown, 1);
    layout->addLayout(top);
    layout->addWidget(m_tubes);
    layout->addLayout(age);
    layout->addWidget(m_reconciliation);
    layout->addWidget(m_othersWaiting);
}

void BoxPanel::setOthersWaiting(const QStringList &boxCodes) {
    m_othersWaiting->setVisible(!boxCodes.isEmpty());
    m_othersWaiting->setText(boxCodes.isEmpty() ? QString()
                                                : tr("Also sealed and waiting for hand-over: %1")
                                                      .arg(boxCodes.join(QStringLiteral(", "))));
}

QString BoxPanel::othersWaitingText() const {
    return m_othersWaiting->isHidden() ? QString() : m_othersWaiting->text();
}

void BoxPanel::showBox(const BoxSnapshot &box, const Reconciliation &reconciliation,
                       const QDateTime &now) {
    m_boxCode = box.code;
    m_title->setText(box.state == BoxState::Open ? tr("Packing box")
                     : box.isFromOtherTable()
                         ? tr("Sealed box of %1").arg(shownTableLabel(box.packedAtTable))
                         : tr("Sealed box"));
    m_code->setText(box.code);
    // A manifest lists a sealed box; while packing, only its label can be printed.
    m_printManifest->setEnabled(box.state != BoxState::Open);
    m_counts->setText(tr("%n tube(s), %1", nullptr, box.tubeCount())
                          .arg(tr("%n person(s)", nullptr, box.personCount())));
    QStringList codes;
    for (const BoxSnapshot::Tube &t : box.tubes) {
        // A tube sealed at another table of the site carries that table's name.
        codes << (t.isFromOtherTable() ? tr("%1 (%2)").arg(t.code, shownTableLabel(t.table))
                                       : t.code);
    }
    m_tubes->setText(codes.isEmpty() ? tr("No tube in this box yet. Scan a sealed tube.")
                                     : codes.join(QStringLiteral(", ")));

    m_ageState = boxAgeState(box.earliestSwabAt, now);
    const qint64 left = boxSecondsLeft(box.earliestSwabAt, now);
    QString icon;
    QString bg;
    QString border;
    QString fg;
    QString text;
    switch (m_ageState) {
    case BoxAgeState::Normal:
        icon = QStringLiteral(":/icons/check.svg");
        bg = theme::kSuccessBg;
        border = theme::kSuccessBorder;
        fg = theme::kSuccessText;
        text = box.earliestSwabAt.isValid()
                   ? tr("%1 left of the 4-hour limit.").arg(hoursColonMinutes(left))
                   : tr("The 4-hour clock starts with the first swab in the box.");
        break;
    case BoxAgeState::RecordTemperature:
        icon = QStringLiteral(":/icons/warning.svg");
        bg = theme::kAttentionBg;
        border = theme::kAttentionBorder;
        fg = theme::kAttentionText;
        text = tr("%1 left of the 4-hour limit: record the temperature at hand-over.")
                   .arg(hoursColonMinutes(left));
        break;
    case BoxAgeState::Overdue:
        icon = QStringLiteral(":/icons/cross.svg");
        bg = theme::kRefusalBg;
        border = theme::kRefusalBorder;
        fg = theme::kRefusalText;
        text = tr("The 4-hour limit passed %1 ago. Tell the lab and record the temperature.")
                   .arg(hoursColonMinutes(left));
        break;
    }
    m_ageIcon->setPixmap(QIcon(icon).pixmap(32, 32));
    m_countdown->setText(text);
    setStyleSheet(QStringLiteral("#boxPanel { background: %1; border: 3px solid %2; "
                                 "border-radius: 10px; } #boxPanel QLabel { color: %3; }")
                      .arg(bg, border, fg));

    // Each count its own plural ("1 person", not "1 people").
    const auto people = [](int n) { return tr("%n person(s)", nullptr, n); };
    m_reconciliation->setText(
        reconciliation.balanced()
            ? tr("Counts agree: %1 in sealed tubes; %2 in boxes, %3 in %4 not yet boxed.")
                  .arg(people(reconciliation.peopleInClosedTubes),
                       people(reconciliation.peopleInBoxes),
                       people(reconciliation.peopleInUnboxedSealedTubes),
                       tr("%n sealed tube(s)", nullptr, reconciliation.unboxedSealedTubes))
            : tr("Counts differ: %1 in sealed tubes, but %2 in boxes and %3 in sealed tubes "
                 "not yet boxed. Find the difference before hand-over.")
                  .arg(people(reconciliation.peopleInClosedTubes),
                       people(reconciliation.peopleInBoxes),
                       people(reconciliation.peopleInUnboxedSealedTubes)));
    if (reconciliation.tubesBoxedElsewhere > 0)
        m_reconciliation->setText(joinSentences(
            m_reconciliation->text(),
            tr("%n sealed tube(s) of this table went into boxes at other tables (%1).", nullptr,
               reconciliation.tubesBoxedElsewhere)
                .arg(people(reconciliation.peopleBoxedElsewhere))));
    setAccessibleDescription(m_countdown->text());
}

QString BoxPanel::countdownText() const {
    return m_countdown->text();
}

QString BoxPanel::reconciliationText() const {
    return m_reconciliation->text();
}

QString BoxPanel::tubesText() const {
    return m_tubes->text();
}

} // namespace station
