// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StaffDialog.h"

#include "models/StaffListModel.h"
#include "widgets/Logging.h"
#include "widgets/ScreenRoom.h"
#include "widgets/Theme.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace station {

namespace {

// The form for a new member of staff. OK asks `check` (StaffService::checkNew) first: a
// refusal is shown under the fields with the cursor in the field it is about, and the form
// stays open with everything typed.
class NewMemberDialog : public QDialog {
public:
    using Check = std::function<Status(const NewStaffMember &, NewStaffMember::Field *)>;

    NewMemberDialog(Check check, QWidget *parent)
        : QDialog(parent)
        , m_check(std::move(check))
        , m_staffId(new QLineEdit(this))
        , m_name(new QLineEdit(this))
        , m_role(new QComboBox(this))
        , m_phone(new QLineEdit(this))
        , m_error(new QLabel(this)) {
        setObjectName(QStringLiteral("newStaffMemberDialog"));
        setWindowTitle(StaffDialog::tr("Add a member of staff"));
        m_staffId->setObjectName(QStringLiteral("staffIdField"));
        m_staffId->setMaxLength(32);
        m_name->setObjectName(QStringLiteral("nameField"));
        m_role->setObjectName(QStringLiteral("roleField"));
        m_phone->setObjectName(QStringLiteral("phoneField"));
        m_phone->setMaxLength(20);
        for (StaffRole role : StaffRoleText::all())
            m_role->addItem(StaffRoleText::displayName(role), static_cast<int>(role));
        theme::setUpAnswerProblem(m_error, QStringLiteral("newStaffError"));
        auto *form = new QFormLayout;
        form->addRow(StaffDialog::tr("Staff ID"), m_staffId);
        form->addRow(StaffDialog::tr("Name"), m_name);
        form->addRow(StaffDialog::tr("Role"), m_role);
        form->addRow(StaffDialog::tr("Phone (optional)"), m_phone);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &NewMemberDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
    }

    NewStaffMember member() const {
        NewStaffMember m;
        m.staffId = m_staffId->text().trimmed();
        m.name = m_name->text().trimmed();
        m.role = static_cast<StaffRole>(m_role->currentData().toInt());
        m.phone = m_phone->text().trimmed();
        return m;
    }

    void accept() override {
        NewStaffMember::Field field = NewStaffMember::Field::None;
        if (const Status checked = m_check(member(), &field); !checked.ok()) {
            theme::showAnswerProblem(m_error, checked.message());
            switch (field) {
            case NewStaffMember::Field::Name:
                m_name->setFocus();
                break;
            case NewStaffMember::Field::Role:
                m_role->setFocus();
                break;
            case NewStaffMember::Field::Phone:
                m_phone->setFocus();
                break;
            case NewStaffMember::Field::StaffId:
            case NewStaffMember::Field::None:
                m_staffId->setFocus();
                break;
            }
            return;
        }
        QDialog::accept();
    }

private:
    Check m_check;
    QLineEdit *m_staffId;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QLabel *m_error;
};

} // namespace

StaffDialog::StaffDialog(StaffService &staff, const OperatorRef &by, QWidget *parent,
                         StaffListModel *list)
    : QDialog(parent)
    , m_staff(staff)
    , m_by(by)
    , m_list(list ? list : new StaffListModel(staff, systemClock(), this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_pinWork(new QFutureWatcher<QList<PreparedPin>>(this)) {
    setObjectName(QStringLiteral("staffDialog"));
    connect(m_pinWork, &QFutureWatcher<QList<PreparedPin>>::finished, this,
            &StaffDialog::onPinsPrepared);
    setWindowTitle(tr("Staff"));
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setModel(m_list);
    // Another table's change (through the sync) or one made here: the same member stays
    // selected, and the columns fit the new names.
    connect(m_list, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = currentStaffId(); });
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selectedBeforeReset.isEmpty() || !selectStaffId(m_selectedBeforeReset))
            m_table->selectRow(0);
        m_table->resizeColumnsToContents();
    });
    connect(m_list, &QAbstractItemModel::dataChanged, m_table,
            &QTableView::resizeColumnsToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setObjectName(QStringLiteral("formError"));
    m_message->setWordWrap(true);

    // The actions in a column beside the list: a row of them is wider than a laptop screen
    // at 125 %.
    auto *buttons = new QVBoxLayout;
    auto addButton = [this, buttons](const QString &text, const QKeySequence &key,
                                     void (StaffDialog::*slot)()) {
        auto *button = new QPushButton(
            QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)), this);
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::NoFocus); // the keys work from the table
        buttons->addWidget(button);
        m_actionButtons.append(button);
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        this->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        connect(button, &QPushButton::clicked, this, slot);
    };
    addButton(tr("Add"), QKeySequence(Qt::Key_Insert), &StaffDialog::addMember);
    addButton(tr("Disable or enable"), QKeySequence(Qt::CTRL | Qt::Key_D),
              &StaffDialog::toggleDisabled);
    addButton(tr("Reset PIN"), QKeySequence(Qt::CTRL | Qt::Key_R), &StaffDialog::resetPin);
    addButton(tr("Unlock"), QKeySequence(Qt::CTRL | Qt::Key_U), &StaffDialog::unlock);
    addButton(tr("Set role"), QKeySequence(Qt::CTRL | Qt::Key_O), &StaffDialog::setRole);
    addButton(tr("Import CSV"), QKeySequence(Qt::CTRL | Qt::Key_I), &StaffDialog::importCsv);
    addButton(tr("Export CSV"), QKeySequence(Qt::CTRL | Qt::Key_E), &StaffDialog::exportCsv);
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("Close (Esc)"), this);
    close->setAutoDefault(false);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);

    auto *body = new QHBoxLayout;
    body->addWidget(m_table, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    fitToScreenWhenShown(this, QSize(1100, 600));
    reload();
    m_table->setFocus();
}

QString StaffDialog::message() const {
    return m_message->text();
}

void StaffDialog::reload() {
    m_list->reload();
    if (!m_table->currentIndex().isValid() && m_list->rowCount() > 0)
        m_table->selectRow(0);
    m_table->resizeColumnsToContents();
}

QString StaffDialog::currentStaffId() const {
    return m_list->staffIdAt(m_table->currentIndex().row());
}

bool StaffDialog::selectStaffId(const QString &staffId) {
    const int row = m_list->rowOf(staffId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString StaffDialog::selectedStaffId() {
    const QString staffId = currentStaffId();
    if (staffId.isEmpty())
        showOutcome(makeError(ErrorCode::InvalidInput, tr("Select a member of staff first.")), {});
    return staffId;
}

void StaffDialog::showOutcome(const Status &status, const QString &done) {
    // A refusal in red and bold; what was done in the calm hint colour.
    theme::showAsRefusal(m_message, !status.ok());
    m_message->setText(status.ok() ? done : status.message());
    reload();
}

void StaffDialog::showIssuedPins(const QList<IssuedPin> &issued) {
    if (issued.isEmpty())
        return;
    QStringList lines;
    for (const IssuedPin &pin : issued)
        lines << tr("%1 (%2): %3").arg(pin.member.name, pin.member.staffId, pin.oneTimePin);
    QMessageBox box(QMessageBox::Information, tr("One-time PIN"),
                    tr("Hand over each one-time PIN; it is shown only this once. Its holder "
                       "chooses their own PIN at the first sign-in.\n\n%1")
                        .arg(lines.join(QLatin1Char('\n'))),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("oneTimePinBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void StaffDialog::preparePinsThen(int count, const QString &busyText, PinsReady then) {
    if (count == 0) {
        then({});
        return;
    }
    m_pinsWanted = count;
    m_whenPinsReady = std::move(then);
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(false);
    m_message->setObjectName(QStringLiteral("hint"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setText(busyText);
    m_pinWork->setFuture(QtConcurrent::run([count] {
        const Result<QList<PreparedPin>> pins = StaffService::preparePins(count);
        return pins ? pins.value() : QList<PreparedPin>();
    }));
}

void StaffDialog::onPinsPrepared() {
    const QList<PreparedPin> pins = m_pinWork->result();
    const PinsReady then = std::exchange(m_whenPinsReady, PinsReady());
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(true);
    if (pins.size() != m_pinsWanted) {
        showOutcome(makeError(ErrorCode::StorageFailure, tr("The PIN could not be protected.")),
                    {});
        return;
    }
    then(pins);
}

bool StaffDialog::refuseWhileBusy() {
    if (!isBusy())
        return false;
    m_message->setText(tr("Wait: the one-time PINs are still being protected."));
    return true;
}

void StaffDialog::addMember() {
    if (refuseWhileBusy())
        return;
    NewMemberDialog form(
        [this](const NewStaffMember &m, NewStaffMember::Field *field) {
            return m_staff.checkNew(m, m_by, field);
        },
        this);
    if (form.exec() != QDialog::Accepted)
        return;
    const NewStaffMember member = form.member();
    preparePinsThen(1, tr("Adding %1…").arg(member.staffId),
                    [this, member](const QList<PreparedPin> &pins) {
                        const Result<IssuedPin> issued = m_staff.add(member, m_by, pins.first());
                        if (!issued) {
                            showOutcome(issued.error(), {});
                            return;
                        }
                        qCInfo(lcUi) << "member of staff added, id" << issued->member.id;
                        showOutcome(success(), tr("%1 was added.").arg(member.staffId));
                        selectStaffId(member.staffId);
                        showIssuedPins({issued.value()});
                    });
}

void StaffDialog::toggleDisabled() {
    if (refuseWhileBusy())
        return;
    const QString staffId = selectedStaffId();
    if (staffId.isEmpty())
        return;
    const std::optional<StaffMember> member = m_staff.member(staffId);
    if (!member)
        return;
    if (member->active)
        showOutcome(m_staff.disable(staffId, m_by), tr("%1 was disabled.").arg(staffId));
    else
        showOutcome(m_staff.enable(staffId, m_by), tr("%1 was enabled.").arg(staffId));
}

void StaffDialog::resetPin() {
    if (refuseWhileBusy())
        return;
    const QString staffId = selectedStaffId();
    if (staffId.isEmpty())
        return;
    preparePinsThen(1, tr("Resetting the PIN of %1…").arg(staffId),
                    [this, staffId](const QList<PreparedPin> &pins) {
                        const Result<IssuedPin> issued =
                            m_staff.resetPin(staffId, m_by, pins.first());
                        if (!issued) {
                            showOutcome(issued.error(), {});
                            return;
                        }
                        showOutcome(success(), tr("%1 has a new one-time PIN.").arg(staffId));
                        showIssuedPins({issued.value()});
                    });
}

void StaffDialog::unlock() {
    if (refuseWhileBusy())
        return;
    const QString staffId = selectedStaffId();
    if (staffId.isEmpty())
        return;
    showOutcome(m_staff.unlock(staffId, m_by), tr("%1 was unlocked.").arg(staffId));
}

void StaffDialog::setRole() {
    if (refuseWhileBusy())
        return;
    const QString staffId = selectedStaffId();
    if (staffId.isEmpty())
        return;
    const std::optional<StaffMember> member = m_staff.member(staffId);
    if (!member)
        return;
    QStringList names;
    for (StaffRole role : StaffRoleText::all())
        names << StaffRoleText::displayName(role);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Set role"), tr("Role of %1").arg(member->name), names,
                              int(StaffRoleText::all().indexOf(member->role)), false, &ok);
    if (!ok)
        return;
    const StaffRole role = StaffRoleText::all().at(names.indexOf(chosen));
    showOutcome(m_staff.setRole(staffId, role, m_by),
                tr("%1 is now: %2.").arg(staffId, StaffRoleText::displayName(role)));
}

void StaffDialog::importCsv() {
    if (refuseWhileBusy())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a staff list"), QString(),
                                                      tr("Staff lists (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsvFrom(path);
}

void StaffDialog::importCsvFrom(const QString &path) {
    if (refuseWhileBusy())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showOutcome(makeError(ErrorCode::InvalidInput,
                              tr("The file could not be read: %1").arg(file.errorString())),
                    {});
        return;
    }
    const Result<StaffImportPlan> plan = m_staff.planImport(file.readAll());
    if (!plan) {
        showOutcome(plan.error(), {});
        return;
    }
    preparePinsThen(plan->newMembers, tr("Protecting %n one-time PIN(s)…", "", plan->newMembers),
                    [this, plan = plan.value()](const QList<PreparedPin> &pins) {
                        const Result<StaffImport> imported = m_staff.importCsv(plan, m_by, pins);
                        if (!imported) {
                            showOutcome(imported.error(), {});
                            return;
                        }
                        showOutcome(success(), tr("Imported: %1 added, %2 updated.")
                                                   .arg(imported->added.size())
                                                   .arg(imported->updated.size()));
                        showIssuedPins(imported->added);
                    });
}

void StaffDialog::exportCsv() {
    if (refuseWhileBusy())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the staff list"),
                                                      tr("staff.csv"), tr("Staff lists (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void StaffDialog::exportCsvTo(const QString &path) {
    const Result<QByteArray> csv = m_staff.exportCsv(m_by);
    if (!csv) {
        showOutcome(csv.error(), {});
        return;
    }
    // All or nothing: a half-written list would import as a shorter staff.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv->size() ||
        !file.commit()) {
        showOutcome(makeError(ErrorCode::StorageFailure,
                              tr("The staff list could not be saved: %1").arg(file.errorString())),
                    {});
        return;
    }
    qCInfo(lcUi) << "staff list exported";
    showOutcome(success(), tr("The staff list was saved to %1.").arg(path));
}

} // namespace station
