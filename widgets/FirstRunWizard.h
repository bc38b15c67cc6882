// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace station {

class Database;
class StationStore;

// Shown once, when the station is not provisioned: the same fields as `cli init` (site,
// district, table, default pool size, code patterns, first operator). The store validates;
// its message is shown and the dialog stays open until provisioning succeeds.
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

    void accept() override;

private:
    Database &m_db;
    StationStore &m_store;
    QLineEdit *m_siteCode;
    QLineEdit *m_siteName;
    QLineEdit *m_district;
    QSpinBox *m_table;
    QComboBox *m_poolSize;
    QLineEdit *m_tubePattern;
    QLineEdit *m_boxPattern;
    QLineEdit *m_staffId;
    QLineEdit *m_operatorName;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_problem;
};

} // namespace station
