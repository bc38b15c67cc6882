// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HandOverDialog.h"

#include "core/TableLabel.h"
#include "core/TimeText.h"
#include "core/domain/Sentences.h"
#include "core/sampling/SamplingService.h"
#include "protocol/BoxAge.h"
#include "table/TableWorkflow.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace station {

namespace {

enum Column { BoxColumn, TableColumn, TubesColumn, PeopleColumn, SealedColumn, AgeColumn };

// The rows a list shows before it scrolls: enough for a site's usual handful of tables,
// small enough that the names and buttons stay on a 720-pixel screen.
constexpr int kRowsShown = 4;

} // namespace

HandOverDialog::HandOverDialog(TableWorkflow &table, const QList<BoxSnapshot> &boxes,
                               QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_boxes(boxes)
    , m_intro(new QLabel(this))
    , m_handedOverBy(new QLineEdit(this))
    , m_carriedBy(new QLineEdit(this))
    , m_temperature(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("handOverDialog"));
    const BoxSnapshot first = boxes.value(0);
    setWindowTitle(boxes.size() > 1 ? tr("Hand over boxes")
                                    : tr("Hand over box %1").arg(first.code));

    m_intro->setObjectName(QStringLiteral("handOverIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    if (boxes.size() > 1) {
        m_list = new QTableWidget(0, AgeColumn + 1, this);
        m_list->setObjectName(QStringLiteral("handOverBoxes"));
        m_list->setHorizontalHeaderLabels({tr("Box"), tr("Packed at"), tr("Tubes"), tr("People"),
                                           tr("Sealed"), tr("4-hour limit")});
        m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_list->setSelectionMode(QAbstractItemView::SingleSelection);
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_list->verticalHeader()->hide();
        m_list->horizontalHeader()->setStretchLastSection(true);
        m_list->setIconSize(QSize(24, 24));
        // Every column in view (the 4-hour limit last): the dialog is as wide as the list.
        m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        fillList();
        connect(m_list, &QTableWidget::itemChanged, this, &HandOverDialog::updateForChoice);
    } else {
        m_intro->setText(
            first.isFromOtherTable()
                ? tr("Box %1 of %2: %n tube(s), %3 people.", nullptr, first.tubeCount())
                      .arg(first.code, shownTableLabel(first.packedAtTable))
                      .arg(first.personCount())
                : tr("Box %1: %n tube(s), %2 people.", nullptr, first.tubeCount())
                      .arg(first.code)
                      .arg(first.personCount()));
    }
    m_handedOverBy->setObjectName(QStringLiteral("handedOverByField"));
    m_handedOverBy->setText(table.currentOperator().name);
    m_carriedBy->setObjectName(QStringLiteral("carriedByField"));
    m_carriedBy->setPlaceholderText(tr("Name of the courier"));
    m_temperature->setObjectName(QStringLiteral("temperatureField"));
    m_error->setObjectName(QStringLiteral("handOverError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(theme::kRefusalText));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Handed over by"), m_handedOverBy);
    form->addRow(tr("Carried by"), m_carriedBy);
    form->addRow(tr("Temperature (°C)"), m_temperature);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_handOver = buttons->button(QDialogButtonBox::Ok);
    m_handOver->setDefault(true);
    m_printManifest = buttons->addButton(tr("Print manifest"), QDialogButtonBox::ActionRole);
    m_printManifest->setObjectName(QStringLiteral("handOverPrintManifest"));
    // Enter hands the box over; printing is a deliberate click or Alt key.
    m_printManifest->setAutoDefault(false);
    connect(m_printManifest, &QPushButton::clicked, this, [this] {
        const std::optional<HandOver> fields = readFields();
        if (!fields)
            return;
        for (const QString &code : chosenBoxCodes())
            Q_EMIT printManifestRequested(code, *fields);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &HandOverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandOverDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    if (m_list)
        layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_handedOverBy, m_carriedBy);
    setTabOrder(m_carriedBy, m_temperature);
    if (m_list)
        setTabOrder(m_temperature, m_list);
    updateForChoice();
    if (m_handedOverBy->text().isEmpty())
        m_handedOverBy->setFocus();
    else
        m_carriedBy->setFocus();
}

void HandOverDialog::fillList() {
    const QSignalBlocker quiet(m_list);
    const QStringList chosen = m_list->rowCount() > 0 ? chosenBoxCodes() : QStringList();
    const bool first = m_list->rowCount() == 0;
    const QDateTime now = m_table.service().now();
    m_list->setRowCount(int(m_boxes.size()));
    for (int row = 0; row < m_boxes.size(); ++row) {
        const BoxSnapshot &b = m_boxes.at(row);
        auto *code = new QTableWidgetItem(b.code);
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        code->setCheckState(first || chosen.contains(b.code) ? Qt::Checked : Qt::Unchecked);
        m_list->setItem(row, BoxColumn, code);
        m_list->setItem(row, TableColumn,
                        new QTableWidgetItem(b.isFromOtherTable() ? shownTableLabel(b.packedAtTable)
                                                                  : tr("this table")));
        m_list->setItem(row, TubesColumn, new QTableWidgetItem(QString::number(b.tubeCount())));
        m_list->setItem(row, PeopleColumn, new QTableWidgetItem(QString::number(b.personCount())));
        m_list->setItem(
            row, SealedColumn,
            new QTableWidgetItem(b.sealedAt.isValid()
                                     ? b.sealedAt.toLocalTime().toString(QStringLiteral("HH:mm"))
                                     : QString()));
        // The state in words and by the icon's shape, as on the box panel.
        const qint64 left = boxSecondsLeft(b.earliestSwabAt, now);
        QString icon;
        QString text;
        switch (boxAgeState(b.earliestSwabAt, now)) {
        case BoxAgeState::Normal:
            icon = QStringLiteral(":/icons/check.svg");
            text = tr("%1 left").arg(hoursColonMinutes(left));
            break;
        case BoxAgeState::RecordTemperature:
            icon = QStringLiteral(":/icons/warning.svg");
            text = tr("%1 left, temperature").arg(hoursColonMinutes(left));
            break;
        case BoxAgeState::Overdue:
            icon = QStringLiteral(":/icons/cross.svg");
            text = tr("over by %1").arg(hoursColonMinutes(left));
            break;
        }
        m_list->setItem(row, AgeColumn, new QTableWidgetItem(QIcon(icon), text));
    }
    m_list->resizeColumnsToContents();
    const int rows = qMin(kRowsShown, int(m_boxes.size()));
    const int rowHeight = m_list->rowCount() > 0 ? m_list->rowHeight(0) : 30;
    m_list->setMinimumHeight(m_list->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                             2 * m_list->frameWidth() + 2);
    if (m_list->currentRow() < 0 && m_list->rowCount() > 0)
        m_list->selectRow(0);
}

QStringList HandOverDialog::chosenBoxCodes() const {
    if (!m_list)
        return m_boxes.isEmpty() ? QStringList() : QStringList{m_boxes.first().code};
    QStringList codes;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        const QTableWidgetItem *item = m_list->item(row, BoxColumn);
        if (item && item->checkState() == Qt::Checked)
            codes << item->text();
    }
    return codes;
}

bool HandOverDialog::setChosen(const QString &code, bool chosen) {
    if (!m_list)
        return false;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        QTableWidgetItem *item = m_list->item(row, BoxColumn);
        if (item && item->text() == code) {
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void HandOverDialog::updateForChoice() {
    const QStringList chosen = chosenBoxCodes();
    int tubes = 0;
    int people = 0;
    bool needsTemperature = false;
    const QDateTime now = m_table.service().now();
    for (const BoxSnapshot &b : m_boxes) {
        if (!chosen.contains(b.code))
            continue;
        tubes += b.tubeCount();
        people += b.personCount();
        needsTemperature =
            needsTemperature || boxAgeState(b.earliestSwabAt, now) != BoxAgeState::Normal;
    }
    m_temperature->setPlaceholderText(!needsTemperature ? tr("Optional")
                                      : m_list          ? tr("Required: a box is over 2 hours")
                                                        : tr("Required: the box is over 2 hours"));
    if (!m_list) {
        m_handOver->setText(tr("Hand over"));
        return;
    }
    m_intro->setText(joinSentences(
        tr("%n box(es) wait for the courier. Check those the courier takes now "
           "(Space in the list).",
           nullptr, int(m_boxes.size())),
        // Two counts, two plurals: one %n each ("1 tube", not "1 tubes").
        tr("Chosen: %n box(es), %1.", nullptr, int(chosen.size()))
            .arg(tr("%n tube(s), %1", nullptr, tubes).arg(tr("%n person(s)", nullptr, people)))));
    m_handOver->setText(tr("Hand over %n box(es)", nullptr, int(chosen.size())));
    m_handOver->setEnabled(!chosen.isEmpty());
    m_printManifest->setEnabled(!chosen.isEmpty());
}

QString HandOverDialog::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void HandOverDialog::showError(const QString &message) {
    m_error->setText(message);
    m_error->show();
}

std::optional<HandOver> HandOverDialog::readFields() {
    HandOver handOver;
    handOver.handedOverBy = m_handedOverBy->text().trimmed();
    handOver.carriedBy = m_carriedBy->text().trimmed();
    const QString temperature = m_temperature->text().trimmed();
    if (!temperature.isEmpty()) {
        bool ok = false;
        double value = QLocale().toDouble(temperature, &ok);
        if (!ok)
            value = temperature.toDouble(&ok);
        if (!ok) {
            showError(
                tr("The temperature \"%1\" is not a number of degrees Celsius.").arg(temperature));
            m_temperature->setFocus();
            return std::nullopt;
        }
        handOver.temperatureC = value;
    }
    return handOver;
}

void HandOverDialog::accept() {
    const std::optional<HandOver> fields = readFields();
    if (!fields)
        return;
    if (!m_list) {
        // One box: the table's words for it, as before the list.
        const Result<BoxSnapshot> done = m_table.handOver(m_boxes.value(0).code, *fields);
        if (!done) {
            showError(done.message());
            return;
        }
        QDialog::accept();
        return;
    }
    const TableWorkflow::BoxesHandedOver done = m_table.handOverBoxes(chosenBoxCodes(), *fields);
    if (!done.refusedAll.isEmpty()) {
        showError(done.refusedAll);
        return;
    }
    if (done.complete()) {
        QDialog::accept();
        return;
    }
    // Those handed over leave the list; the refused stay, chosen, with why.
    for (const BoxSnapshot &b : done.handedOver)
        m_boxes.removeIf([&b](const BoxSnapshot &w) { return w.code == b.code; });
    fillList();
    updateForChoice();
    QStringList why;
    if (!done.handedOver.isEmpty())
        why << tr("%n box(es) handed over.", nullptr, int(done.handedOver.size()));
    for (const std::pair<QString, QString> &refused : done.refused)
        why << tr("Not handed over: %1").arg(refused.second);
    showError(why.join(QLatin1Char('\n')));
}

} // namespace station
