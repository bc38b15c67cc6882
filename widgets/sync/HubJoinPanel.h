// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/sync/HubJoin.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace station {

namespace scan {
class Scanner;
}

// "Join a site hub": a field the hub's join code goes into (a handheld scanner types it, the
// camera reads it, or a person types it), and the join itself (core/sync/HubJoin) with what
// it is doing and how it ended. Enter in the field never reaches the dialog's default
// button: a scanner's Enter ends the code, it does not save or close anything.
//
// In Settings the panel joins at once (Enter, a scan, or Join). The first-run wizard hides the
// Join button: it reads the code as it comes (codeEntered) and calls start() once the station
// is provisioned. With setTarget(HubJoin::Target::Fallback) the next code enrolls the station
// at the province as its fallback instead (Settings' "Scan the province's join code…").
class HubJoinPanel : public QWidget {
    Q_OBJECT
public:
    explicit HubJoinPanel(QString dataDir, QWidget *parent = nullptr);
    ~HubJoinPanel() override;

    QLineEdit *codeField() const { return m_code; }
    QPushButton *joinButton() const { return m_join; }
    QPushButton *cameraButton() const { return m_cameraButton; }
    QLabel *statusField() const { return m_status; }
    QString statusText() const;

    // Who joins; without it (or with joining not allowed) Join stays off.
    void setStation(const HubJoinStation &station) { m_station = station; }
    // Off: the panel only shows why (e.g. only the station administrator may).
    void setJoinAllowed(bool allowed, const QString &why = {});
    // The wizard's mode: no Join button; Enter and scans only say codeEntered().
    void setJoinOnEnter(bool joinOnEnter);
    // Shows "Use the camera", which reads codes with this camera (empty: the default one)
    // while the panel is shown. Settings leave it off: the station's own scanners run there
    // and their scans come through takeScan().
    void setCameraId(const QString &cameraId);

    // What the next code sets up; not while a join runs.
    void setTarget(HubJoin::Target target);
    HubJoin::Target target() const { return m_hubJoin->target(); }

    bool isJoining() const;
    // The last join refused because another station of the site has this table number.
    std::optional<TableTaken> tableTaken() const { return m_hubJoin->tableTaken(); }
    // A code from one of the station's scanners: put in the field, then as Enter.
    void takeScan(const QString &text);
    // Joins with the code in the field.
    void start();
    // A sentence for the status line (the wizard's own messages).
    void showStatus(const QString &message, bool ok);

Q_SIGNALS:
    // The field holds a complete code (Enter, a scan); the panel did not join (joinOnEnter off).
    void codeEntered(const QString &code);
    // The station is enrolled at `serverUrl`, as the server it syncs with or as its fallback
    // (target()).
    void joined(const QUrl &serverUrl, const QString &site);
    void joinFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onEnter();
    void toggleCamera();
    void stopCamera();
    void updateButtons();

    HubJoin *m_hubJoin;
    QLineEdit *m_code;
    QPushButton *m_join;
    QPushButton *m_cameraButton;
    QLabel *m_status;
    HubJoinStation m_station;
    bool m_allowed = true;
    bool m_joinOnEnter = true;
    QString m_cameraId;
    std::unique_ptr<scan::Scanner> m_camera;
};

} // namespace station
