// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/EntryMethod.h"
#include "table/ScanCheck.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace station {

class ScanField;

// The scanner test in Settings: scan a code into it (or type one and press Enter) and it says
// what the station understood, read by the table's own rules (checkScan) with the person's
// name and ID number masked, and how it arrived: as one fast keyboard burst the station takes
// as a scan, as typing, as typing at scanner speed (a scan the station did not recognise), or
// from the serial or HID-POS scanner or the camera. Nothing is recorded. While Settings is
// open the window sends every scanner's scans here (MainWindow::onScanned); typed keys and
// keys a scan let through land in the field itself.
class ScannerTestField : public QWidget {
    Q_OBJECT
public:
    enum class Arrival { KeyboardBurst, Typed, FastTyping, SerialPort, HidPos, Camera, Scanner };

    explicit ScannerTestField(QWidget *parent = nullptr);

    // The rules to read by, asked at each scan (the dialog's choices, saved or not).
    void setRules(std::function<ScanRules()> rules) { m_rules = std::move(rules); }

    // How a scan from the scanner of type `scannerKey` (scan::ScannerType::key, the
    // scanner's objectName(); empty when unknown) arrived.
    static Arrival arrivalOf(const QString &scannerKey, EntryMethod method);
    // Shows what the station makes of `text`.
    void showScan(const QString &text, Arrival arrival);
    // A scanner read something it could not take whole (scan::Scanner::scanRefused), or a
    // keyboard scan came apart (scan::HidScanEventFilter::incompleteScan).
    void showRefusedScan(const QString &message);

    ScanField *inputField() const { return m_input; }
    QLabel *resultField() const { return m_result; }

    // "Resident code, valid: 陈*英, 4401**********1234", translated; never a name or ID in
    // clear.
    static QString describe(const ScanCheck &check);
    static QString describe(Arrival arrival);

protected:
    // Enter in the field tests what was typed; it must not press the dialog's Save button.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void testTypedText();

    ScanField *m_input;
    QLabel *m_result;
    std::function<ScanRules()> m_rules;
};

} // namespace station
