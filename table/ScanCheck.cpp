// SPDX-License-Identifier: GPL-3.0-or-later
#include "table/ScanCheck.h"

#include "core/domain/ResidentCodeTextLoss.h"
#include "core/domain/TubeCodeCheck.h"
#include "table/ScanRouter.h"
#include "table/TableWorkflow.h"

namespace station {

namespace {

// The parser's message, except where it would quote a scanned person's details: the birth
// date is digits 7-14 of the ID number, so the banner names the problem without them.
QString residentCodeRefusal(const ResidentCodeResult &parsed) {
    // A failed signature is said in words of what to do, not of what the field holds.
    if (parsed.error == ResidentCodeError::SignatureInvalid)
        return ScanRouter::tr("This code may be forged or altered: its signature does not "
                              "match the province's key. Nothing was recorded. Ask the resident "
                              "to refresh the code in the app and scan it again, or enter the "
                              "person from their ID card.");
    if (parsed.error == ResidentCodeError::SignatureMissing)
        return ScanRouter::tr("This resident code is not signed, and this site accepts only "
                              "signed codes. Nothing was recorded. Ask the resident to refresh "
                              "the code in the app, or enter the person from their ID card.");
    switch (parsed.idProblem) {
    case IdProblem::BadBirthDate:
        return ScanRouter::tr("The birth date in the ID number of this code is not a real date. "
                              "Nothing was recorded.");
    case IdProblem::FutureBirthDate:
        return ScanRouter::tr("The birth date in the ID number of this code is in the future. "
                              "Nothing was recorded.");
    default:
        return parsed.message;
    }
}

} // namespace

QString lostChineseTextRefusal() {
    return TableWorkflow::tr(
        "Scan again with the scanner set up for Chinese: this resident code arrived "
        "without its Chinese characters, so nothing was recorded. A scanner that types "
        "like a keyboard cannot send Chinese; set it to HID-POS or serial mode (see the "
        "user guide, \"Scanners and camera\").");
}

ScanCheck checkScan(const QString &text, EntryMethod method, const ScanRules &rules,
                    const QDate &today) {
    ScanCheck check;
    if (method != EntryMethod::Camera && residentCodeLostNonAsciiText(text)) {
        check.kind = ScanKind::ResidentCode;
        check.problem = lostChineseTextRefusal();
        return check;
    }
    const ScanClassification scan = ScanClassifier(rules.patterns).classify(text);
    check.kind = scan.kind;
    switch (scan.kind) {
    case ScanKind::Tube:
        check.code = scan.text;
        // A misread label is refused whether it would open a tube or pack one.
        check.problem = tubeCodeCheckProblem(scan.text, rules.patterns.tubeCheckDigit);
        break;
    case ScanKind::Box:
        check.code = scan.text;
        break;
    case ScanKind::ResidentCode: {
        if (rules.provinceKey.isEmpty() && !rules.acceptUnsigned) {
            check.residentError = ResidentCodeError::SignatureMissing;
            check.problem = ScanRouter::tr(
                "This site accepts only signed resident codes, but the station has no "
                "province key to check them. Nothing was recorded. Enter the person from "
                "their ID card, and ask the site lead to enroll the station again or to "
                "change the choice in Settings.");
            break;
        }
        const ResidentCodeParser parser(rules.provinceKey, rules.acceptUnsigned
                                                               ? UnsignedCodes::Accept
                                                               : UnsignedCodes::Refuse);
        const ResidentCodeResult parsed = parser.parse(scan.text, today);
        check.resident = parsed.code;
        check.residentError = parsed.error;
        if (!parsed.ok())
            check.problem = residentCodeRefusal(parsed);
        break;
    }
    case ScanKind::Unknown:
        check.problem = scan.message.isEmpty()
                            ? ScanRouter::tr("This code is not a tube, box or resident code.")
                            : scan.message;
        break;
    }
    return check;
}

} // namespace station
