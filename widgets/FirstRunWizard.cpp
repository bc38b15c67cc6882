// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FirstRunWizard.h"

#include "core/TableLabel.h"
#include "core/domain/Pooling.h"
#include "core/sync/TableNumberChange.h"
#include "protocol/JoinCode.h"
#include "widgets/InputMethodOff.h"
#include "widgets/ScreenRoom.h"
#include "widgets/Theme.h"
#include "widgets/TubeCheckDigitField.h"
#include "widgets/WheelScrollsPage.h"
#include "widgets/sync/HubJoinPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace station {

namespace {
// The least the form gets before it scrolls (1280x720 at 125 % leaves 546 pixels).
constexpr int kLeastScrollHeight = 160;
// The wizard's width where the screen has room: its forms and messages wrap within it.
constexpr int kPreferredWidth = 680;
} // namespace

FirstRunWizard::FirstRunWizard(Database &db, StationStore &store, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_store(store)
    , m_siteCode(new QLineEdit(this))
    , m_siteName(new QLineEdit(this))
    , m_district(new QLineEdit(this))
    , m_table(new QSpinBox(this))
    , m_poolSize(new QComboBox(this))
    , m_tubePattern(new QLineEdit(CodePatterns::defaultTubePattern(), this))
    , m_boxPattern(new QLineEdit(CodePatterns::defaultBoxPattern(), this))
    , m_tubeCheckDigit(new TubeCheckDigitField(this))
    , m_staffId(new QLineEdit(this))
    , m_operatorName(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_pinAgain(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseAgain(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_work(new QFutureWatcher<Protected>(this)) {
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up this station"));
    setMinimumWidth(640);
    auto *outer = new QVBoxLayout(this);
    // The groups scroll on a short laptop screen; the intro, the problem and the buttons
    // stay in view.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sections = layout;
    m_intro = new QLabel(tr("This station is not set up yet. Enter the sampling site, this "
                            "table and the first operator. This is done once."),
                         this);
    m_intro->setWordWrap(true);
    outer->addWidget(m_intro);

    auto *site = new QGroupBox(tr("Site and table"), this);
    auto *siteForm = new QFormLayout(site);
    m_siteCode->setPlaceholderText(tr("e.g. GZ-TH-0001"));
    m_table->setRange(1, 99999);
    for (int size : validPoolSizes())
        m_poolSize->addItem(tr("%n people per tube", nullptr, size), size);
    m_poolSize->setCurrentIndex(m_poolSize->findData(10));
    siteForm->addRow(tr("Site code"), m_siteCode);
    siteForm->addRow(tr("Site name"), m_siteName);
    siteForm->addRow(tr("District"), m_district);
    siteForm->addRow(tr("Table number"), m_table);
    siteForm->addRow(tr("Default pool size"), m_poolSize);
    siteForm->addRow(tr("Tube code pattern"), m_tubePattern);
    siteForm->addRow(tr("Box code pattern"), m_boxPattern);
    // As `init --tube-check-digit`: a misread pre-printed code then fails its check instead
    // of opening a wrong tube. Changed later in Settings (F10).
    m_tubeCheckDigit->setToolTip(
        tr("Pre-printed tube codes whose last character is not this check digit are refused. "
           "Station-generated codes (SG...) keep their own Damm check digit. It can be changed "
           "later in Settings (F10)."));
    siteForm->addRow(tr("Check digit of pre-printed tube codes"), m_tubeCheckDigit);
    // The patterns are regular expressions, which a site lead does not read: say in words
    // what the defaults take, and when to change them.
    auto *patternsHint =
        new QLabel(tr("Keep these unless your province's labels differ. Tube codes: up to 4 "
                      "letters, then 8 to 16 digits (e.g. GZ0000000001). Box codes: BX, then 6 "
                      "to 18 letters or digits (e.g. BX00000001)."),
                   site);
    patternsHint->setObjectName(QStringLiteral("hint"));
    patternsHint->setWordWrap(true);
    siteForm->addRow(patternsHint);
    layout->addWidget(site);

    auto *op = new QGroupBox(tr("First operator"), this);
    auto *opForm = new QFormLayout(op);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pinAgain->setEchoMode(QLineEdit::Password);
    keepInputMethodOff(m_pin);
    keepInputMethodOff(m_pinAgain);
    opForm->addRow(tr("Staff ID"), m_staffId);
    opForm->addRow(tr("Name"), m_operatorName);
    opForm->addRow(tr("PIN (6-12 digits)"), m_pin);
    opForm->addRow(tr("PIN again"), m_pinAgain);
    layout->addWidget(op);

    auto *protection = new QGroupBox(tr("Personal data protection"), this);
    auto *protectionForm = new QFormLayout(protection);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseAgain->setEchoMode(QLineEdit::Password);
    protectionForm->addRow(tr("Site passphrase (8+ characters)"), m_passphrase);
    protectionForm->addRow(tr("Passphrase again"), m_passphraseAgain);
    auto *why = new QLabel(tr("Names, ID numbers and phones are stored encrypted; the station "
                              "asks for this passphrase when it starts."),
                           protection);
    why->setObjectName(QStringLiteral("hint"));
    why->setWordWrap(true);
    protectionForm->addRow(why);
    layout->addWidget(protection);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("firstRunScroll"));
    scroll->setWidget(content);
    keepWheelForScrolling(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(kLeastScrollHeight);
    outer->addWidget(scroll, 1);

    m_problem->setObjectName(QStringLiteral("formError"));
    m_problem->setWordWrap(true);
    outer->addWidget(m_problem);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set up station"));
    outer->addWidget(m_buttons);
    // The whole form where the screen has room for it, 680 pixels wide: the fields and the
    // join code's messages wrap within it, and it fits a 1280x720 screen at 125 % too.
    fitToScreenWhenShown(this, [this, outer, scroll, content] {
        const QSize hint = sizeHint();
        const QMargins margins = outer->contentsMargins();
        const int contentWidth = kPreferredWidth - margins.left() - margins.right() -
                                 scroll->verticalScrollBar()->sizeHint().width();
        const int contentHeight = content->hasHeightForWidth()
                                      ? content->heightForWidth(contentWidth)
                                      : content->sizeHint().height();
        return QSize(kPreferredWidth, hint.height() - scroll->sizeHint().height() + contentHeight);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunWizard::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunWizard::reject);
    connect(m_work, &QFutureWatcher<Protected>::finished, this, &FirstRunWizard::onProtected);
}

QString FirstRunWizard::passphrase() const {
    return m_passphrase->text();
}

QString FirstRunWizard::problemText() const {
    return m_problem->text();
}

void FirstRunWizard::enableHubJoin(const QString &dataDir, const QString &cameraId) {
    if (m_hubJoin)
        return;
    m_dataDir = dataDir;
    auto *group = new QGroupBox(tr("Site hub (optional)"), this);
    group->setObjectName(QStringLiteral("hubJoinGroup"));
    auto *box = new QVBoxLayout(group);
    auto *how = new QLabel(tr("If the site has a hub, scan the join code it shows: the site code "
                              "comes from it, and the station joins the hub when it is set up. "
                              "Without a hub, leave this empty."),
                           group);
    how->setObjectName(QStringLiteral("hint"));
    how->setWordWrap(true);
    box->addWidget(how);
    m_hubJoin = new HubJoinPanel(dataDir, group);
    m_hubJoin->setJoinOnEnter(false);
    m_hubJoin->setCameraId(cameraId);
    box->addWidget(m_hubJoin);
    // First, and focused: a handheld scanner types the code where the focus is, and the code
    // fills the site code below.
    m_sections->insertWidget(0, group);
    m_hubJoin->codeField()->setFocus();
    connect(m_hubJoin, &HubJoinPanel::codeEntered, this, &FirstRunWizard::onJoinCodeEntered);
    // Review 37: the dialog closed the moment the hub answered, so a join (first or again)
    // went straight to sign-in without a word that it had worked. It now says so, with the
    // table number the hub took, and Continue goes on.
    connect(m_hubJoin, &HubJoinPanel::joined, this, [this] {
        m_joined = true;
        m_intro->setText(tr("This station is set up."));
        theme::showAsRefusal(m_problem, false);
        const std::optional<StationIdentity> identity = m_store.identity();
        m_problem->setText(
            tr("Joined the site hub as %1. The station is set up; press Continue to sign in.")
                .arg(shownTableNumber(identity ? identity->tableNumber : m_table->value())));
        m_table->setEnabled(false);
        m_buttons->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Ok)->setFocus();
        m_buttons->button(QDialogButtonBox::Cancel)->hide();
    });
    connect(m_hubJoin, &HubJoinPanel::joinFailed, this, &FirstRunWizard::onJoinFailed);
    // A new table number after a refusal: back to the code field, where the scanner types.
    connect(m_table, &QSpinBox::editingFinished, this, [this] {
        if (m_provisioned && m_table->hasFocus()) {
            m_hubJoin->codeField()->setFocus();
            m_hubJoin->codeField()->selectAll();
        }
    });
}

void FirstRunWizard::onJoinCodeEntered(const QString &code) {
    protocol::JoinCodeError error = protocol::JoinCodeError::NotAJoinCode;
    const std::optional<protocol::JoinCode> parsed = protocol::parseJoinCode(code, &error);
    if (!parsed) {
        m_hubJoin->showStatus(protocol::describeJoinCodeError(error), false);
        return;
    }
    // Set up already, a join refused: scanning the code again is the next try.
    if (m_provisioned || m_joined) {
        accept();
        return;
    }
    m_siteCode->setText(parsed->site);
    m_hubJoin->showStatus(tr("Hub %1, site %2: the station joins it when it is set up.")
                              .arg(parsed->serverUrl.toString(), parsed->site),
                          true);
    // On to the next field the person fills in.
    m_siteName->setFocus();
}

QString FirstRunWizard::joinCodeProblem() const {
    if (!m_hubJoin || m_hubJoin->codeField()->text().trimmed().isEmpty())
        return {};
    protocol::JoinCodeError error = protocol::JoinCodeError::NotAJoinCode;
    const std::optional<protocol::JoinCode> parsed =
        protocol::parseJoinCode(m_hubJoin->codeField()->text(), &error);
    if (!parsed)
        return protocol::describeJoinCodeError(error);
    if (parsed->site.compare(m_siteCode->text().trimmed(), Qt::CaseInsensitive) != 0)
        return tr("The join code is for site %1, but the site code entered is %2. Correct the "
                  "site code, or scan the join code of this site.")
            .arg(parsed->site, m_siteCode->text().trimmed());
    return {};
}

void FirstRunWizard::joinHub() {
    const std::optional<StationIdentity> identity = m_store.identity();
    if (!identity)
        return;
    m_hubJoin->setStation({identity->siteCode, identity->deviceId, identity->tableNumber});
    m_buttons->setEnabled(false);
    m_table->setEnabled(false);
    theme::showAsRefusal(m_problem, false); // progress, not a refusal
    m_problem->setText(tr("The station is set up. Joining the site hub…"));
    m_hubJoin->start();
}

void FirstRunWizard::onJoinFailed(const QString &message) {
    m_intro->setText(tr("This station is set up."));
    m_buttons->setEnabled(true);
    // Two ways on, each with its own button: try again (a scan of the code does too), or
    // leave the join for Settings.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Join again"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Finish"));
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    theme::showAsRefusal(m_problem, true);
    if (const std::optional<TableTaken> taken = m_hubJoin->tableTaken()) {
        // The hub's own words say to change the number in Settings: here the field is at
        // hand, and the station holds no device token yet, so it may change.
        m_tableTaken = true;
        QStringList free;
        for (const int n : taken->freeNumbers)
            free.append(QString::number(n));
        // The problem first, then that nothing is lost (review 37: it began with "The station
        // is set up." in red). The list is joined per language (zh: 、).
        m_problem->setText(
            tr("%1 is already used at this site (free: %2). Choose another table number and "
               "press Join again, or press Finish and join later in Settings (F10). The station "
               "is set up; nothing is lost.")
                .arg(shownTableNumber(taken->tableNumber), free.join(tr(", "))));
    } else {
        m_problem->setText(tr("The station did not join the site hub: %1 Press Join again, or "
                              "press Finish and join later in Settings (F10). The station is set "
                              "up; nothing is lost.")
                               .arg(message));
    }
    // The focus stays in the code field (the panel selected the code), where a scanner types
    // the code again; a number typed in the table field and Enter joins again too.
    m_table->setEnabled(m_tableTaken && TableNumberChange::isOpen(m_dataDir));
    if (m_hubJoin->tableTaken()) {
        // The hub's words under the code point to Settings; the line above says it here.
        m_hubJoin->showStatus(tr("Not joined: %1 is used by another station of this site.")
                                  .arg(shownTableNumber(m_hubJoin->tableTaken()->tableNumber)),
                              false);
        if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("firstRunScroll")))
            scroll->ensureWidgetVisible(m_table);
    }
}

bool FirstRunWizard::applyTableNumber() {
    const std::optional<StationIdentity> identity = m_store.identity();
    if (!m_tableTaken || !identity || identity->tableNumber == m_table->value())
        return true;
    OperatorRef by;
    for (const OperatorRef &op : m_store.operators()) {
        if (op.staffId == m_firstStaffId)
            by = op;
    }
    const Status changed = TableNumberChange::apply(m_store, m_dataDir, m_table->value(), by);
    if (!changed) {
        theme::showAsRefusal(m_problem, true);
        m_problem->setText(changed.message());
        return false;
    }
    return true;
}

void FirstRunWizard::accept() {
    if (isWorking() || (m_hubJoin && m_hubJoin->isJoining()))
        return;
    if (m_joined) {
        QDialog::accept();
        return;
    }
    if (m_provisioned) {
        // Only the join is left: again with the code in the field, or without one.
        if (m_hubJoin->codeField()->text().trimmed().isEmpty()) {
            QDialog::accept();
            return;
        }
        if (const QString problem = joinCodeProblem(); !problem.isEmpty()) {
            m_problem->setText(problem);
            return;
        }
        if (!applyTableNumber())
            return;
        joinHub();
        return;
    }
    if (m_pin->text() != m_pinAgain->text()) {
        m_problem->setText(tr("The two PINs differ; type the same PIN twice."));
        m_pinAgain->clear();
        m_pinAgain->setFocus();
        return;
    }
    if (m_passphrase->text() != m_passphraseAgain->text()) {
        m_problem->setText(tr("The two passphrases differ; type the same passphrase twice."));
        m_passphraseAgain->clear();
        m_passphraseAgain->setFocus();
        return;
    }
    if (const Status ok = StationKeyring::validatePassphrase(m_passphrase->text()); !ok) {
        m_problem->setText(ok.message());
        m_passphrase->setFocus();
        return;
    }
    Pending pending;
    StationIdentity &identity = pending.identity;
    identity.siteCode = m_siteCode->text().trimmed();
    identity.siteName = m_siteName->text().trimmed();
    identity.district = m_district->text().trimmed();
    identity.tableNumber = m_table->value();
    identity.defaultPoolSize = m_poolSize->currentData().toInt();
    identity.patterns.tube = m_tubePattern->text().trimmed();
    identity.patterns.box = m_boxPattern->text().trimmed();
    identity.patterns.tubeCheckDigit = m_tubeCheckDigit->scheme();
    pending.first =
        NewOperator{m_staffId->text().trimmed(), m_operatorName->text().trimmed(), m_pin->text()};
    if (const QString problem = joinCodeProblem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_hubJoin->codeField()->setFocus();
        return;
    }
    // Everything that can be refused is refused before the slow part.
    for (const Status &check : {StationStore::validateIdentity(identity),
                                StationStore::validateOperator(pending.first)}) {
        if (!check) {
            m_problem->setText(check.message());
            return;
        }
    }
    m_pending = pending;
    setWorking(true);
    m_work->setFuture(QtConcurrent::run([pin = pending.first.pin,
                                         passphrase = m_passphrase->text()] {
        return Protected{StationStore::hashPin(pin), StationKeyring::wrapNewDataKey(passphrase)};
    }));
}

void FirstRunWizard::onProtected() {
    const Pending pending = *m_pending;
    const Protected done = m_work->result();
    m_pending.reset();
    setWorking(false);
    if (!done.dataKey) {
        m_problem->setText(done.dataKey.message());
        return;
    }
    // The station, its first operator and the data key that only the passphrase unwraps
    // commit together.
    const Status provisioned =
        m_store.provision(pending.identity, pending.first, done.pinHash, done.dataKey.value());
    if (!provisioned) {
        m_problem->setText(provisioned.message());
        return;
    }
    m_problem->clear();
    m_firstStaffId = pending.first.staffId;
    if (m_hubJoin && !m_hubJoin->codeField()->text().trimmed().isEmpty()) {
        // Set up for good: from here on only the join is tried (again).
        m_provisioned = true;
        for (QWidget *w : findChildren<QWidget *>()) {
            // A spin box's own line edit goes with it: disabled by itself, it would stay so
            // when the table number is offered again after a refusal (the field looked
            // editable and took no key).
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QSpinBox *>(w) ||
                 qobject_cast<QComboBox *>(w)) &&
                !m_hubJoin->isAncestorOf(w))
                w->setEnabled(false);
        }
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        joinHub();
        return;
    }
    QDialog::accept();
}

void FirstRunWizard::reject() {
    // The worker's result is written before the dialog may go.
    if (isWorking() || (m_hubJoin && m_hubJoin->isJoining()))
        return;
    // A station set up stays set up: closing now only leaves the hub for later (Settings).
    if (m_provisioned) {
        QDialog::accept();
        return;
    }
    QDialog::reject();
}

void FirstRunWizard::setWorking(bool working) {
    for (QWidget *w : findChildren<QLineEdit *>())
        w->setEnabled(!working);
    m_table->setEnabled(!working);
    m_poolSize->setEnabled(!working);
    m_tubeCheckDigit->setEnabled(!working);
    m_buttons->setEnabled(!working);
    // Progress in the calm colour; what follows it is a refusal or nothing.
    theme::showAsRefusal(m_problem, !working);
    if (working)
        m_problem->setText(tr("Protecting the PIN and the personal data key…"));
    else
        m_problem->clear();
}

} // namespace station
