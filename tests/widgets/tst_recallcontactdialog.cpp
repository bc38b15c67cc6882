// SPDX-License-Identifier: GPL-3.0-or-later
// A recalled tube's contact details in the window, offscreen with keys: the dashboard's recall
// list offers "Contact details…" on this table's recalls and says where another table's are;
// the dialog shows the names and phone numbers after the lead's PIN and forgets them when
// closed; a sampler is refused before typing a PIN; a wrong PIN shows nothing.
#include "core/security/RecallContact.h"
#include "core/storage/StationPaths.h"
#include "core/sync/SiteFactsStore.h"
#include "models/dashboard/RecallListModel.h"
#include "tests/widgets/TableDriver.h"
#include "widgets/RecallContactDialog.h"
#include "widgets/dashboard/DashboardWindow.h"

#include <QGuiApplication>
#include <QInputMethodQueryEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace station;
using namespace station::test;

namespace {

constexpr int kWaitMs = TableDriver::kPinCheckTimeoutMs;
const QString kLeadPin = QStringLiteral("583920");
const QString kSamplerPin = QStringLiteral("470251");
const QByteArray kSiteKey = QByteArray(32, '\x5a');

// Three people of tubeCode(1) sampled here, recalled; one of tubeCode(90), table 2's; a lead
// and a sampler besides the fixture's administrator.
struct Seeded {
    OperatorRef lead;
    OperatorRef sampler;
};
Seeded seedRecalls(StationFixture &f) {
    Seeded seeded;
    f.signIn();
    const OperatorRef admin = f.service->currentOperator();
    const Result<OperatorRef> l = f.store->addOperator(
        {QStringLiteral("L1"), QStringLiteral("Lead One"), kLeadPin, StaffRole::SiteLead}, admin);
    const Result<OperatorRef> s = f.store->addOperator(
        {QStringLiteral("S2"), QStringLiteral("Sampler Two"), kSamplerPin, StaffRole::Sampler},
        admin);
    if (!l.ok() || !s.ok() || !f.service->openTube(tubeCode(1)).ok())
        return seeded;
    SiteFactsStore facts(f.db, kSiteKey, f.store->identity()->deviceId);
    QJsonArray recalls;
    const QString at = f.clock()().toString(Qt::ISODateWithMs);
    auto fact = [&](const ResidentCode &r, const QString &tube, const QString &sample,
                    const QString &station, const QString &table) {
        return QJsonObject{
            {QStringLiteral("seq"), recalls.size() + 1},
            {QStringLiteral("kind"), QStringLiteral("recall")},
            {QStringLiteral("station"), station},
            {QStringLiteral("table"), table},
            {QStringLiteral("person_key"), facts.personKey(idTypeCode(r.idType), r.idNumber)},
            {QStringLiteral("tube"), tube},
            {QStringLiteral("sample_uuid"), sample},
            {QStringLiteral("outcome"), QStringLiteral("positive")},
            {QStringLiteral("state"), QStringLiteral("open")},
            {QStringLiteral("at"), at}};
    };
    for (int n = 1; n <= 3; ++n) {
        const Result<SampleAdded> added = f.service->addResident(resident(n), EntryMethod::Scanner);
        if (!added.ok())
            return seeded;
        recalls.append(fact(resident(n), tubeCode(1), added->sampleUuid,
                            f.store->identity()->deviceId, QStringLiteral("Table 3")));
    }
    recalls.append(fact(resident(40), tubeCode(90), QStringLiteral("elsewhere-40"),
                        QStringLiteral("gz-th-0001-t02"), QStringLiteral("Table 2")));
    if (facts.apply(recalls, recalls.size(), f.clock()()).isValid())
        return seeded;
    seeded.lead = l.value();
    seeded.sampler = s.value();
    return seeded;
}

int reveals(StationFixture &f) {
    QSqlQuery q(f.db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'id.revealed'")) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

struct RecalledStation {
    RecalledStation() {
        const Seeded seeded = seedRecalls(f);
        QVERIFY(seeded.lead.isValid() && seeded.sampler.isValid());
        lead = seeded.lead;
        sampler = seeded.sampler;
    }

    std::unique_ptr<RecallContactDialog> dialog(const OperatorRef &by, const QString &tube) {
        auto d =
            std::make_unique<RecallContactDialog>(contact, by, tube, QStringLiteral("Table 3"));
        d->show();
        return d;
    }

    static void enterPin(RecallContactDialog &d, const QString &pin) {
        d.pinField()->setFocus();
        typeText(d.pinField(), pin);
        QTest::keyClick(d.pinField(), Qt::Key_Return);
    }

    static QStringList cells(const QTableWidget *table) {
        QStringList all;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column)
                all << (table->item(row, column) ? table->item(row, column)->text() : QString());
        }
        return all;
    }

    StationFixture f;
    RecallContact contact{f.db, *f.store, f.codec, f.clock()};
    OperatorRef lead;
    OperatorRef sampler;
};

} // namespace

class TestRecallContactDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void leadReadsTheListAndClosingForgetsIt() {
        RecalledStation s;
        {
            // A fourth person of the tube whose recall is closed (sampled again): left out
            // of the list, which says so.
            const Result<SampleAdded> added =
                s.f.service->addResident(resident(4), EntryMethod::Scanner);
            QVERIFY2(added.ok(), qPrintable(added.message()));
            SiteFactsStore facts(s.f.db, kSiteKey, s.f.store->identity()->deviceId);
            const QJsonObject closed{
                {QStringLiteral("seq"), 5},
                {QStringLiteral("kind"), QStringLiteral("recall")},
                {QStringLiteral("station"), s.f.store->identity()->deviceId},
                {QStringLiteral("table"), QStringLiteral("Table 3")},
                {QStringLiteral("person_key"),
                 facts.personKey(idTypeCode(resident(4).idType), resident(4).idNumber)},
                {QStringLiteral("tube"), tubeCode(1)},
                {QStringLiteral("sample_uuid"), added->sampleUuid},
                {QStringLiteral("outcome"), QStringLiteral("positive")},
                {QStringLiteral("state"), QStringLiteral("closed")},
                {QStringLiteral("at"), s.f.clock()().toString(Qt::ISODateWithMs)}};
            QVERIFY(!facts.apply(QJsonArray{closed}, 5, s.f.clock()()).isValid());
        }
        auto d = s.dialog(s.lead, tubeCode(1));
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QVERIFY(d->pinField()->isEnabled());
        QVERIFY(!d->contactTable()->isVisible());
        // Before the PIN only the reveal is the primary button; Close is plain.
        const auto *close = d->findChild<QPushButton *>(QStringLiteral("closeButton"));
        QVERIFY(close);
        QVERIFY(!close->isDefault());
        QCOMPARE(d->showButton()->objectName(), QStringLiteral("primary"));
        const auto hintTexts = [&d] {
            QStringList texts;
            for (const QLabel *l : d->findChildren<QLabel *>(QStringLiteral("hint")))
                texts << l->text();
            return texts.join(QLatin1Char('|'));
        };
        QVERIFY(hintTexts().contains(QStringLiteral("shown after your PIN")));
        QSignalSpy shown(d.get(), &RecallContactDialog::contactsShown);
        RecalledStation::enterPin(*d, kLeadPin);
        QVERIFY(d->isChecking());
        QVERIFY(!d->showButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!d->isChecking(), kWaitMs);
        QCOMPARE(shown.size(), 1);
        QVERIFY(d->isShowingContacts());
        QVERIFY(d->contactTable()->isVisible());
        QCOMPARE(d->contactTable()->rowCount(), 3);
        // The hint says what is on screen now, and why the fourth is not there.
        QVERIFY2(!hintTexts().contains(QStringLiteral("shown after your PIN")),
                 qPrintable(hintTexts()));
        QVERIFY2(hintTexts().contains(QStringLiteral("Not listed: 1 other person")) &&
                     hintTexts().contains(QStringLiteral("already sampled again")),
                 qPrintable(hintTexts()));
        const QStringList all = RecalledStation::cells(d->contactTable());
        for (int n = 1; n <= 3; ++n) {
            QVERIFY2(all.contains(resident(n).name) && all.contains(resident(n).phone) &&
                         all.contains(maskIdNumber(resident(n).idNumber)),
                     qPrintable(all.join(QLatin1Char(' '))));
            QVERIFY(!all.contains(resident(n).idNumber));
        }
        // Nothing to select, so nothing to copy.
        QCOMPARE(d->contactTable()->selectionMode(), QAbstractItemView::NoSelection);
        QVERIFY(!(d->contactTable()->item(0, 2)->flags() & Qt::ItemIsSelectable));
        // One list per dialog: the PIN form is done.
        QVERIFY(!d->pinField()->isEnabled());
        // Fits a 1280x720 laptop.
        QVERIFY2(d->minimumSizeHint().width() <= 1280 && d->minimumSizeHint().height() <= 680,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(d->minimumSizeHint().width())
                                .arg(d->minimumSizeHint().height())));

        // Closing forgets the names and numbers.
        QTest::keyClick(d.get(), Qt::Key_Escape);
        QVERIFY(!d->isVisible());
        QVERIFY(!d->isShowingContacts());
        QCOMPARE(d->contactTable()->rowCount(), 0);
    }

    // A Chinese input method left on would take the PIN's digits (widgets/InputMethodOff).
    void pinKeepsTheInputMethodOff() {
        RecalledStation s;
        auto d = s.dialog(s.lead, tubeCode(1));
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        d->activateWindow();
        d->pinField()->setFocus();
        QTRY_VERIFY(d->pinField()->hasFocus());
        QInputMethodQueryEvent query(Qt::ImEnabled);
        QCoreApplication::sendEvent(QGuiApplication::focusObject(), &query);
        QCOMPARE(query.value(Qt::ImEnabled), QVariant(false));
    }

    void samplerIsRefusedBeforeAnyPin() {
        RecalledStation s;
        auto d = s.dialog(s.sampler, tubeCode(1));
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QVERIFY2(d->problemText().contains(QLatin1String("may not")), qPrintable(d->problemText()));
        QVERIFY(!d->pinField()->isEnabled());
        QVERIFY(!d->showButton()->isEnabled());
        QCOMPARE(d->contactTable()->rowCount(), 0);
    }

    void wrongPinShowsNothing() {
        RecalledStation s;
        auto d = s.dialog(s.lead, tubeCode(1));
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        RecalledStation::enterPin(*d, QStringLiteral("975310"));
        QTRY_VERIFY_WITH_TIMEOUT(!d->isChecking(), kWaitMs);
        QVERIFY2(d->problemText().contains(QLatin1String("Wrong PIN")),
                 qPrintable(d->problemText()));
        QVERIFY(!d->isShowingContacts());
        QCOMPARE(d->contactTable()->rowCount(), 0);
        QVERIFY(d->pinField()->isEnabled()); // may try again
        QVERIFY(!d->operatorLocked());
    }

    // The dashboard's recall list: the button for this table's recalls, where another's are.
    void dashboardOffersItForThisTablesRecalls() {
        RecalledStation s;
        dashboard::DashboardWindow window(databasePath(s.f.dir.path()));
        QSignalSpy refreshed(&window, &dashboard::DashboardWindow::refreshed);
        QSignalSpy requested(&window, &dashboard::DashboardWindow::contactDetailsRequested);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1280, 680);
        QVERIFY(!refreshed.isEmpty() || refreshed.wait(10000));
        QTableView *list = window.recallView();
        QAbstractItemModel *model = list->model();
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(!window.contactButton()->isEnabled()); // nothing chosen yet
        int here = -1;
        int elsewhere = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(dashboard::RecallListModel::ContactHereRole).toBool())
                here = row;
            else
                elsewhere = row;
        }
        QVERIFY(here >= 0 && elsewhere >= 0);

        list->setCurrentIndex(model->index(elsewhere, 0));
        QVERIFY(!window.contactButton()->isEnabled());
        QVERIFY2(window.contactHintText().contains(QLatin1String("Table 2")) &&
                     window.contactHintText().contains(QLatin1String("recall list there")),
                 qPrintable(window.contactHintText()));

        list->setCurrentIndex(model->index(here, 0));
        QVERIFY(window.contactButton()->isEnabled());
        QTest::mouseClick(window.contactButton(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), tubeCode(1));
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("Table 3"));

        // The choice survives a refresh.
        refreshed.clear();
        window.refreshNow();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(window.contactButton()->isEnabled());
    }

    // At the station: F4, the recall, "Contact details…", the PIN; the list is read and the
    // dialog closed; then five wrong PINs there lock the station as a wrong sign-in would.
    void fromTheDashboardAtTheTable() {
        TableDriver t;
        QVERIFY(seedRecalls(t.f).lead.isValid());
        RecallContact contact(t.f.db, *t.f.store, t.f.codec, t.f.clock());
        t.window.setRecallContact(&contact);
        t.window.setDashboardDatabase(databasePath(t.f.dir.path()));
        t.signIn(); // the fixture's administrator: may
        t.key(Qt::Key_F4);
        dashboard::DashboardWindow *dash = t.window.dashboardWindow();
        QVERIFY(dash);
        QTableView *list = dash->recallView();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 4, 10000);
        int here = -1;
        for (int row = 0; row < list->model()->rowCount() && here < 0; ++row) {
            if (list->model()
                    ->index(row, 0)
                    .data(dashboard::RecallListModel::ContactHereRole)
                    .toBool())
                here = row;
        }
        QVERIFY(here >= 0);
        list->setCurrentIndex(list->model()->index(here, 0));
        QVERIFY(dash->contactButton()->isEnabled());

        int rowsShown = -1;
        QTimer::singleShot(0, dash, [&] {
            auto *d = dash->findChild<RecallContactDialog *>();
            QVERIFY(d);
            QTRY_VERIFY(d->isVisible());
            typeText(d->pinField(), kPin);
            QTest::keyClick(d->pinField(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!d->isChecking(), kWaitMs);
            rowsShown = d->contactTable()->rowCount();
            d->reject();
        });
        QTest::mouseClick(dash->contactButton(), Qt::LeftButton);
        QCOMPARE(rowsShown, 3);
        QCOMPARE(reveals(t.f), 3);
        QVERIFY(!dash->findChild<RecallContactDialog *>()); // gone, and its list with it
        QVERIFY(!t.window.isLocked());

        bool lockedInDialog = false;
        QTimer::singleShot(0, dash, [&] {
            auto *d = dash->findChild<RecallContactDialog *>();
            QVERIFY(d);
            for (int attempt = 0; attempt < 5; ++attempt) {
                typeText(d->pinField(), QStringLiteral("975310"));
                QTest::keyClick(d->pinField(), Qt::Key_Return);
                QTRY_VERIFY_WITH_TIMEOUT(!d->isChecking(), kWaitMs);
            }
            lockedInDialog = d->operatorLocked();
            d->reject();
        });
        QTest::mouseClick(dash->contactButton(), Qt::LeftButton);
        QVERIFY(lockedInDialog);
        QVERIFY(t.window.isLocked());
        QTRY_VERIFY(!t.window.dashboardWindow());
        QCOMPARE(reveals(t.f), 3);
    }
};

QTEST_MAIN(TestRecallContactDialog)
#include "tst_recallcontactdialog.moc"
