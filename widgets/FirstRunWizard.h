// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/StationIdentity.h"
#include "core/security/StationKeyring.h"
#include "core/storage/StationStore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace station {

class Database;
class HubJoinPanel;
class TubeCheckDigitField;

// Shown once, when the station is not provisioned: the same fields as `cli init` (site,
// district, table, default pool size, code patterns, first operator). The store validates;
// its message is shown and the dialog stays open until provisioning succeeds. Hashing the
// PIN and wrapping the data key (Argon2id, twice) run on a worker thread while the dialog
// shows that it is busy and takes no second submit.
class FirstRunWizard : public QDialog {
    Q_OBJECT
public:
    FirstRunWizard(Database &db, StationStore &store, QWidget *parent = nullptr);

    QLineEdit *siteCodeField() const { return m_siteCode; }
    QLineEdit *siteNameField() const { return m_siteName; }
    QLineEdit *districtField() const { return m_district; }
    QSpinBox *tableField() const { return m_table; }
    QComboBox *poolSizeField() const { return m_poolSize; }
    QLineEdit *staffIdField() const { return m_staffId; }
    QLineEdit *operatorNameField() const { return m_operatorName; }
    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *pinAgainField() const { return m_pinAgain; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QLineEdit *passphraseAgainField() const { return m_passphraseAgain; }
    QString problemText() const;
    // The site passphrase chosen, so the station opens without asking for it again.
    QString passphrase() const;

    // True while the PIN and the passphrase are being processed.
    bool isWorking() const { return m_pending.has_value(); }

    // Adds "Site hub (optional)": a join code scanned (handheld scanner or `cameraId`'s
    // camera) or typed there gives the site code, and once the station is set up it joins
    // the hub (core/sync/HubJoin) before the wizard closes. Should the join fail, the station
    // stays set up: another code may be tried, or none (join later in Settings).
    void enableHubJoin(const QString &dataDir, const QString &cameraId = {});
    HubJoinPanel *hubJoinPanel() const { return m_hubJoin; }
    // Provisioned, and the join (if any) not yet done. Should the hub refuse the table number
    // (another station of the site has it), the refusal names free numbers and the table
    // number stays editable: a new number, then the join code scanned again (or Join again),
    // joins with it. Finish leaves the join for later.
    bool isProvisioned() const { return m_provisioned; }

    void accept() override;
    void reject() override;

private:
    // What the worker computes: the PIN's hash and the new data key wrapped under the
    // passphrase; neither needs the database.
    struct Protected {
        QString pinHash;
        Result<WrappedDataKey> dataKey = DomainError{};
    };
    struct Pending {
        StationIdentity identity;
        NewOperator first;
    };
    void onProtected();
    void setWorking(bool working);
    // The join code in the field, read: its site goes into the site code field.
    void onJoinCodeEntered(const QString &code);
    // Empty when the field is empty or holds a code for the site entered; else why not.
    QString joinCodeProblem() const;
    void joinHub();
    void onJoinFailed(const QString &message);
    // The table number chosen after a table_taken refusal, saved before the join is tried
    // again; false (with the problem shown) when it cannot be.
    bool applyTableNumber();

    Database &m_db;
    StationStore &m_store;
    QLineEdit *m_siteCode;
    QLineEdit *m_siteName;
    QLineEdit *m_district;
    QSpinBox *m_table;
    QComboBox *m_poolSize;
    QLineEdit *m_tubePattern;
    QLineEdit *m_boxPattern;
    TubeCheckDigitField *m_tubeCheckDigit;
    QLineEdit *m_staffId;
    QLineEdit *m_operatorName;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_intro = nullptr; // "not set up yet" until it is
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<Protected> *m_work;
    std::optional<Pending> m_pending;
    QVBoxLayout *m_sections = nullptr; // the groups, in order
    HubJoinPanel *m_hubJoin = nullptr;
    QString m_dataDir;      // where the join saves (enableHubJoin)
    QString m_firstStaffId; // the first operator, who changes the table number after a refusal
    bool m_provisioned = false;
    // A join was refused because another table has this number: the number may change here
    // until the station joins (core/sync/TableNumberChange).
    bool m_tableTaken = false;
    // The hub took the station: the dialog says so and waits for Continue.
    bool m_joined = false;
};

} // namespace station
