// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HandOverDialog.h"

#include "core/domain/BoxAge.h"
#include "core/sampling/SamplingService.h"
#include "table/TableWorkflow.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace station {

HandOverDialog::HandOverDialog(TableWorkflow &table, const BoxSnapshot &box, QWidget *parent)
    : QDialog(parent)
    , m_table(table)
    , m_box(box)
    , m_handedOverBy(new QLineEdit(this))
    , m_carriedBy(new QLineEdit(this))
    , m_temperature(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_printManifest(nullptr) {
    setObjectName(QStringLiteral("handOverDialog"));
    setWindowTitle(tr("Hand over box %1").arg(box.code));
    const bool needsTemperature =
        boxAgeState(box.earliestSwabAt, table.service().now()) != BoxAgeState::Normal;

    auto *intro = new QLabel(box.isFromOtherTable() ? tr("Box %1 of %2: %3 tubes, %4 people.")
                                                          .arg(box.code, box.packedAtTable)
                                                          .arg(box.tubeCount())
                                                          .arg(box.personCount())
                                                    : tr("Box %1: %2 tubes, %3 people.")
                                                          .arg(box.code)
                                                          .arg(box.tubeCount())
                                                          .arg(box.personCount()),
                             this);
    intro->setObjectName(QStringLiteral("handOverIntro"));
    m_handedOverBy->setObjectName(QStringLiteral("handedOverByField"));
    m_handedOverBy->setText(table.currentOperator().name);
    m_carriedBy->setObjectName(QStringLiteral("carriedByField"));
    m_carriedBy->setPlaceholderText(tr("Name of the courier"));
    m_temperature->setObjectName(QStringLiteral("temperatureField"));
    m_temperature->setPlaceholderText(needsTemperature ? tr("Required: the box is over 2 hours")
                                                       : tr("Optional"));
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
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand over"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    m_printManifest = buttons->addButton(tr("Print manifest"), QDialogButtonBox::ActionRole);
    m_printManifest->setObjectName(QStringLiteral("handOverPrintManifest"));
    // Enter hands the box over; printing is a deliberate click or Alt key.
    m_printManifest->setAutoDefault(false);
    connect(m_printManifest, &QPushButton::clicked, this, [this] {
        if (const std::optional<HandOver> fields = readFields())
            Q_EMIT printManifestRequested(*fields);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &HandOverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandOverDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_handedOverBy, m_carriedBy);
    setTabOrder(m_carriedBy, m_temperature);
    if (m_handedOverBy->text().isEmpty())
        m_handedOverBy->setFocus();
    else
        m_carriedBy->setFocus();
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
    const HandOver &handOver = *fields;
    const Result<BoxSnapshot> done = m_table.handOver(m_box.code, handOver);
    if (!done) {
        showError(done.message());
        return;
    }
    QDialog::accept();
}

} // namespace station
