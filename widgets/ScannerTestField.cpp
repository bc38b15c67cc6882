// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ScannerTestField.h"

#include "core/domain/IdDocument.h"
#include "widgets/ScanField.h"

#include <QDate>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace station {

ScannerTestField::ScannerTestField(QWidget *parent)
    : QWidget(parent)
    , m_input(new ScanField(this))
    , m_result(new QLabel(this)) {
    setObjectName(QStringLiteral("scannerTest"));
    m_input->setObjectName(QStringLiteral("scannerTestField"));
    m_input->setPlaceholderText(tr("Click here and scan a code"));
    m_input->setToolTip(tr("Scan a resident code, a tube or a box label: the station says what "
                           "it read and whether the scanner sends it the way it should. "
                           "Nothing is recorded."));
    m_result->setObjectName(QStringLiteral("scannerTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    layout->addWidget(m_result);
    connect(m_input, &QLineEdit::returnPressed, this, &ScannerTestField::testTypedText);
    connect(m_input, &ScanField::fragmentAbandoned, this, [this] {
        m_input->clear();
        showRefusedScan(tr("Part of a scan arrived as typing, without its Enter. Check the "
                           "scanner's suffix (it must end with Enter) and the longest gap "
                           "between keys."));
    });
}

ScannerTestField::Arrival ScannerTestField::arrivalOf(const QString &scannerKey,
                                                      EntryMethod method) {
    if (scannerKey == QLatin1String("keyboard-wedge"))
        return Arrival::KeyboardBurst;
    if (scannerKey == QLatin1String("serial"))
        return Arrival::SerialPort;
    if (scannerKey == QLatin1String("hid-pos"))
        return Arrival::HidPos;
    return method == EntryMethod::Camera ? Arrival::Camera : Arrival::Scanner;
}

void ScannerTestField::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ScannerTestField::testTypedText() {
    const QString text = m_input->text();
    const Arrival arrival = m_input->hasScannerSpeedKeys() ? Arrival::FastTyping : Arrival::Typed;
    m_input->clear();
    if (!text.trimmed().isEmpty())
        showScan(text, arrival);
}

void ScannerTestField::showScan(const QString &text, Arrival arrival) {
    const ScanRules rules = m_rules ? m_rules() : ScanRules{};
    const EntryMethod method =
        arrival == Arrival::Camera ? EntryMethod::Camera : EntryMethod::Scanner;
    const ScanCheck check = checkScan(text, method, rules, QDate::currentDate());
    m_result->setText(describe(check) + QLatin1Char('\n') + describe(arrival));
    m_result->setProperty("valid", check.isValid());
}

void ScannerTestField::showRefusedScan(const QString &message) {
    m_result->setText(message);
    m_result->setProperty("valid", false);
}

QString ScannerTestField::describe(const ScanCheck &check) {
    switch (check.kind) {
    case ScanKind::ResidentCode:
        if (check.isValid() && check.resident)
            return tr("Resident code, valid: %1, %2")
                .arg(maskPersonName(check.resident->name), maskIdNumber(check.resident->idNumber));
        return tr("Resident code, not valid: %1").arg(check.problem);
    case ScanKind::Tube:
        return check.isValid() ? tr("Tube code %1, valid.").arg(check.code)
                               : tr("Tube code, not valid: %1").arg(check.problem);
    case ScanKind::Box:
        return check.isValid() ? tr("Box code %1, valid.").arg(check.code)
                               : tr("Box code, not valid: %1").arg(check.problem);
    case ScanKind::Unknown:
        break;
    }
    return tr("Not a code the station knows: %1").arg(check.problem);
}

QString ScannerTestField::describe(Arrival arrival) {
    switch (arrival) {
    case Arrival::KeyboardBurst:
        return tr("It arrived as one fast burst of keys from a keyboard scanner: the station "
                  "takes it as a scan.");
    case Arrival::Typed:
        return tr("It arrived as typing, at a person's speed. If it was scanned, the station "
                  "did not recognise the scanner: check its prefix and suffix and the longest "
                  "gap between keys.");
    case Arrival::FastTyping:
        return tr("It arrived as typing at scanner speed: the station did not take it as a "
                  "scan. Check the scanner's prefix and suffix (it must end with Enter) and the "
                  "longest gap between keys.");
    case Arrival::SerialPort:
        return tr("It arrived from the serial scanner.");
    case Arrival::HidPos:
        return tr("It arrived from the HID-POS scanner.");
    case Arrival::Camera:
        return tr("It was read by the camera.");
    case Arrival::Scanner:
        break;
    }
    return tr("It arrived from a scanner.");
}

} // namespace station
