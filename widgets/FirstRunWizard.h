// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace station {

class StationStore;

// Shown once, when the station is not provisioned: the same fields as `cli init` (site,
// district, table, default pool size, code patterns, first operator). The store validates;
// its message is shown and the dialog stays open until provisioning succeeds.
class FirstRunWizard : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunWizard(StationStore &store, QWidget *parent = nullptr);

    QLineEdit *siteCodeField() const { return m_siteCode; }
    QLineEdit *siteNameField() const { return m_siteName; }
    QLineEdit *districtField() const { return m_district; }
    QSpinBox *tableField() const { return m_table; }
    QComboBox *poolSizeField() const { return m_poolSize; }
    QLineEdit *staffIdField() const { return m_staffId; }
    QLineEdit *operatorNameField() const { return m_operatorName; }
    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *pinAgainField() const { return m_pinAgain; }
    QString problemText() const;

    void accept() override;

private:
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
    QLabel *m_problem;
};

} // namespace station
