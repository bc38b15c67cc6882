// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/IdDocument.h"
#include "widgets/ManualEntryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace station;

class TestManualEntryDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validatesAsTyped_data();
    void validatesAsTyped();
};

void TestManualEntryDialog::validatesAsTyped_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("accepted");
    const int card = static_cast<int>(IdType::ResidentCard);
    const int passport = static_cast<int>(IdType::Passport);
    QTest::newRow("valid card") << card << QStringLiteral("陈秀英")
                                << QStringLiteral("11010519491231002X") << QString() << true;
    QTest::newRow("lower-case x is normalised")
        << card << QStringLiteral("Chen") << QStringLiteral("11010519491231002x")
        << QStringLiteral("13800138000") << true;
    QTest::newRow("bad check digit") << card << QStringLiteral("Chen")
                                     << QStringLiteral("110105194912310021") << QString() << false;
    QTest::newRow("no name") << card << QString() << QStringLiteral("11010519491231002X")
                             << QString() << false;
    QTest::newRow("passport") << passport << QStringLiteral("John Smith")
                              << QStringLiteral("E12345678") << QStringLiteral("+85291234567")
                              << true;
    QTest::newRow("bad phone") << passport << QStringLiteral("John Smith")
                               << QStringLiteral("E12345678") << QStringLiteral("12345") << false;
}

void TestManualEntryDialog::validatesAsTyped() {
    QFETCH(int, type);
    QFETCH(QString, name);
    QFETCH(QString, number);
    QFETCH(QString, phone);
    QFETCH(bool, accepted);
    ManualEntryDialog dialog(QDate(2026, 6, 4));
    dialog.typeField()->setCurrentIndex(dialog.typeField()->findData(type));
    dialog.nameField()->setText(name);
    dialog.numberField()->setText(number);
    dialog.phoneField()->setText(phone);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), accepted);
    QCOMPARE(dialog.problemText().isEmpty(), accepted);
    if (accepted) {
        const ResidentCode r = dialog.resident();
        QCOMPARE(r.name, name.trimmed());
        QCOMPARE(static_cast<int>(r.idType), type);
        QCOMPARE(r.idNumber, number.toUpper());
        QCOMPARE(r.phone, phone);
    }
}

QTEST_MAIN(TestManualEntryDialog)
#include "tst_manualentrydialog.moc"
