// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/RecallContactDialog.h"

#include "core/TableLabel.h"
#include "widgets/InputMethodOff.h"
#include "widgets/Logging.h"
#include "widgets/ScreenRoom.h"
#include "widgets/Theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace station {

namespace {

enum Column { PositionColumn, IdColumn, NameColumn, PhoneColumn, ColumnCount };

} // namespace

RecallContactDialog::RecallContactDialog(RecallContact &contact, const OperatorRef &by,
                                         const QString &tube, const QString &table, QWidget *parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_by(by)
    , m_tube(tube)
    , m_intro(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_show(new QPushButton(tr("Show contact details"), this))
    , m_problem(new QLabel(this))
    , m_others(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_check(new QFutureWatcher<bool>(this)) {
    setObjectName(QStringLiteral("recallContactDialog"));
    setWindowTitle(tr("Contact details: tube %1").arg(tube));

    m_intro->setText(tr("Tube %1 (%2) is recalled: call each person below and ask them to "
                        "come back to be sampled again alone (单管单采).")
                         .arg(tube, shownTableLabel(table)));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_warning->setText(tr("Names and phone numbers are shown after your PIN. Your staff ID, each "
                          "person's record and the purpose are recorded and reported to the "
                          "province. Nothing here can be copied, printed or saved; closing "
                          "this window forgets the list."));
    m_warning->setObjectName(QStringLiteral("hint"));
    m_warning->setWordWrap(true);

    m_pin->setObjectName(QStringLiteral("pinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    keepInputMethodOff(m_pin); // a Chinese input method left on would take the digits
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_pin));
    m_form = new QFormLayout;
    m_form->addRow(tr("Your PIN (%1)").arg(by.staffId), m_pin);

    m_problem->setObjectName(QStringLiteral("formError"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_others->setObjectName(QStringLiteral("hint"));
    m_others->setWordWrap(true);
    m_others->setTextFormat(Qt::PlainText);

    // Read off while phoning: large type, the phone number in a fixed-width font; nothing
    // selectable (no copying), nothing editable.
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Position"), tr("ID number (masked)"), tr("Name"), tr("Phone")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);
    m_table->setWordWrap(false);
    m_table->setFont(theme::scaledFont(m_table->font(), 1.3));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("People to call back"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Only the reveal is the primary button; Close is plain (never the coloured default).
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAutoDefault(false);
    close->setDefault(false);
    m_show->setObjectName(QStringLiteral("primary"));
    m_show->setAutoDefault(false);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_warning);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addStretch(0); // the room while the list is not shown yet
    layout->addWidget(m_others);
    layout->addWidget(buttons);

    connect(m_check, &QFutureWatcher<bool>::finished, this, &RecallContactDialog::onPinChecked);
    connect(m_show, &QPushButton::clicked, this, &RecallContactDialog::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &RecallContactDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Ten people of a 10:1 pool without scrolling where there is room; never past the screen
    // (the list scrolls there).
    resize(880, 700);
    fitToScreenWhenShown(this, QSize(880, 700));

    // Said at once, before any PIN is typed: a role that may not, another table's tube, a
    // tube with nobody left to call. The same check runs again when the PIN is given.
    const Result<ContactRequest> preview = m_contact.prepare(m_by, m_tube);
    if (!preview) {
        refuse(preview.error());
        m_pin->setEnabled(false);
        m_show->setEnabled(false);
    }
    m_table->hide();
    m_pin->setFocus();
}

RecallContactDialog::~RecallContactDialog() {
    // Closed while a PIN was being checked (the station locked): a wrong PIN still counts;
    // a right one shows nothing and so records nothing.
    if (m_request) {
        m_check->waitForFinished();
        if (!m_check->result())
            m_contact.complete(*m_request, false);
        m_request.reset();
    }
    forget();
}

QString RecallContactDialog::problemText() const {
    return m_problem->text();
}

bool RecallContactDialog::isShowingContacts() const {
    return !m_shown.people.isEmpty();
}

void RecallContactDialog::reject() {
    // A PIN check in flight is finished and recorded before the dialog goes.
    if (isChecking())
        return;
    forget();
    QDialog::reject();
}

void RecallContactDialog::refuse(const DomainError &error) {
    m_problem->setText(error.message);
    m_operatorLocked = error.code == ErrorCode::OperatorLocked;
    if (m_operatorLocked) {
        m_show->setEnabled(false);
        m_pin->setEnabled(false);
    }
}

void RecallContactDialog::submit() {
    // One check at a time, and one list per dialog: another look is another action.
    if (isChecking() || isShowingContacts() || !m_show->isEnabled())
        return;
    if (m_pin->text().isEmpty()) {
        m_problem->setText(tr("Enter your PIN."));
        m_pin->setFocus();
        return;
    }
    const QString pin = m_pin->text();
    m_pin->clear();
    const Result<ContactRequest> request = m_contact.prepare(m_by, m_tube);
    if (!request) {
        refuse(request.error());
        return;
    }
    m_request = request.value();
    setChecking(true);
    // Argon2id: not on the GUI thread.
    m_check->setFuture(
        QtConcurrent::run([r = request.value(), pin] { return RecallContact::checkPin(r, pin); }));
}

void RecallContactDialog::onPinChecked() {
    const ContactRequest request = *m_request;
    Result<RecalledContacts> shown = m_contact.complete(request, m_check->result());
    m_request.reset();
    setChecking(false);
    if (!shown) {
        refuse(shown.error());
        if (m_pin->isEnabled())
            m_pin->setFocus();
        return;
    }
    showContacts(std::move(shown.value()));
}

void RecallContactDialog::showContacts(RecalledContacts contacts) {
    qCInfo(lcUi) << "recalled people's contact details on screen:" << contacts.people.size();
    m_shown = std::move(contacts);
    m_problem->clear();
    m_pin->setEnabled(false);
    m_show->setEnabled(false);
    // What is on screen now, no longer what the PIN would show.
    m_warning->setText(tr("The names and phone numbers of this tube's people still to be "
                          "sampled again. Your staff ID, each person's record and the purpose "
                          "were recorded and are reported to the province. Nothing here can be "
                          "copied, printed or saved; closing this window forgets the list."));
    // The PIN is done (one list per dialog): its room goes to the list.
    m_form->setRowVisible(m_pin, false);
    m_show->hide();
    // The phone number digit by digit: fixed-width, bold, as large as the rest.
    const QFont fixed = [this] {
        QFont f = m_table->font();
        f.setFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
        f.setStyleHint(QFont::Monospace);
        f.setBold(true);
        return f;
    }();
    m_table->setRowCount(int(m_shown.people.size()));
    for (int row = 0; row < m_shown.people.size(); ++row) {
        const RecalledContact &c = m_shown.people.at(row);
        const QString phone = c.phone.isEmpty() ? tr("(no phone number)") : c.phone;
        const QStringList cells{QString::number(c.position), c.idMasked, c.name, phone};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setFlags(Qt::ItemIsEnabled); // not selectable: nothing to copy
            if (column == PhoneColumn && !c.phone.isEmpty())
                item->setFont(fixed);
            m_table->setItem(row, column, item);
        }
    }
    QStringList others;
    if (m_shown.sampledAgain > 0)
        others << tr("%n other person(s) of this tube were already sampled again.", nullptr,
                     m_shown.sampledAgain);
    if (m_shown.erased > 0)
        others << tr("%n other person(s) of this tube: their personal data was erased after "
                     "upload (retention).",
                     nullptr, m_shown.erased);
    // Under the list: why a position of the tube is not on it.
    m_others->setText(others.isEmpty() ? QString()
                                       : tr("Not listed: %1").arg(others.join(QLatin1Char(' '))));
    m_table->show();
    Q_EMIT contactsShown();
}

void RecallContactDialog::forget() {
    if (m_table->rowCount() > 0) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int column = 0; column < ColumnCount; ++column) {
                if (QTableWidgetItem *item = m_table->item(row, column))
                    item->setText(QString());
            }
        }
        m_table->setRowCount(0);
    }
    m_shown.forget();
}

void RecallContactDialog::setChecking(bool checking) {
    m_show->setEnabled(!checking);
    m_pin->setEnabled(!checking);
    m_show->setText(checking ? tr("Checking the PIN…") : tr("Show contact details"));
    if (checking)
        m_problem->setText(tr("Checking the PIN…"));
}

} // namespace station
