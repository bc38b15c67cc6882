// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sync/HubJoinPanel.h"

#include "scan/ScannerRegistry.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace station {

HubJoinPanel::HubJoinPanel(QString dataDir, QWidget *parent)
    : QWidget(parent)
    , m_hubJoin(new HubJoin(std::move(dataDir), this))
    , m_code(new QLineEdit(this))
    , m_join(new QPushButton(tr("Join"), this))
    , m_cameraButton(new QPushButton(tr("Use the camera"), this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("hubJoinPanel"));
    m_code->setObjectName(QStringLiteral("hubJoinCodeField"));
    m_code->setPlaceholderText(tr("Scan the join code the hub shows (SSJOIN1;…)"));
    m_code->setToolTip(tr("The site hub shows its join code as a QR code. Scan it with the "
                          "handheld scanner or hold it to the camera; typing it also works."));
    m_code->setClearButtonEnabled(true);
    m_code->installEventFilter(this);
    m_join->setObjectName(QStringLiteral("hubJoinButton"));
    m_join->setAutoDefault(false);
    m_cameraButton->setObjectName(QStringLiteral("hubJoinCameraButton"));
    m_cameraButton->setAutoDefault(false);
    m_cameraButton->setCheckable(true);
    m_cameraButton->hide();
    m_status->setObjectName(QStringLiteral("hubJoinStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_code, 0, 0);
    layout->addWidget(m_join, 0, 1);
    layout->addWidget(m_cameraButton, 0, 2);
    layout->addWidget(m_status, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_join, &QPushButton::clicked, this, &HubJoinPanel::start);
    connect(m_cameraButton, &QPushButton::clicked, this, &HubJoinPanel::toggleCamera);
    connect(m_code, &QLineEdit::textChanged, this, &HubJoinPanel::updateButtons);
    connect(m_hubJoin, &HubJoin::progress, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(m_hubJoin, &HubJoin::succeeded, this, [this](const QUrl &url, const QString &site) {
        showStatus(target() == HubJoin::Target::Fallback
                       ? tr("Enrolled at the province (%1) as the fallback for site %2: records "
                            "go there while the hub is out of reach.")
                             .arg(url.toString(), site)
                       : tr("Joined the hub at %1 for site %2. Uploads go there from now on.")
                             .arg(url.toString(), site),
                   true);
        m_code->clear();
        updateButtons();
        Q_EMIT joined(url, site);
    });
    connect(m_hubJoin, &HubJoin::failed, this, [this](HubJoin::Step, const QString &message) {
        showStatus(message, false);
        updateButtons();
        m_code->selectAll();
        m_code->setFocus();
        Q_EMIT joinFailed(message);
    });
    updateButtons();
}

HubJoinPanel::~HubJoinPanel() {
    stopCamera();
}

QString HubJoinPanel::statusText() const {
    return m_status->text();
}

void HubJoinPanel::setJoinAllowed(bool allowed, const QString &why) {
    m_allowed = allowed;
    m_code->setEnabled(allowed);
    if (!allowed)
        showStatus(why, false);
    updateButtons();
}

void HubJoinPanel::setJoinOnEnter(bool joinOnEnter) {
    m_joinOnEnter = joinOnEnter;
    m_join->setVisible(joinOnEnter);
}

void HubJoinPanel::setCameraId(const QString &cameraId) {
    m_cameraId = cameraId;
    m_cameraButton->setVisible(cameraId != scan::kNoCameraId);
}

void HubJoinPanel::setTarget(HubJoin::Target target) {
    if (isJoining())
        return;
    m_hubJoin->setTarget(target);
    m_code->setPlaceholderText(target == HubJoin::Target::Fallback
                                   ? tr("Scan the province's join code (SSJOIN1;…)")
                                   : tr("Scan the join code the hub shows (SSJOIN1;…)"));
}

bool HubJoinPanel::isJoining() const {
    return m_hubJoin->isRunning();
}

void HubJoinPanel::takeScan(const QString &text) {
    if (!m_allowed || isJoining())
        return;
    m_code->setText(text.trimmed());
    onEnter();
}

void HubJoinPanel::start() {
    if (!m_allowed || isJoining() || m_code->text().trimmed().isEmpty())
        return;
    stopCamera();
    m_hubJoin->start(m_code->text(), m_station);
    updateButtons();
}

void HubJoinPanel::showStatus(const QString &message, bool ok) {
    m_status->setText(message);
    m_status->setProperty("ok", ok);
    // The style sheet colours by the property: applied again after it changed.
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

void HubJoinPanel::onEnter() {
    if (m_code->text().trimmed().isEmpty())
        return;
    if (m_joinOnEnter)
        start();
    else
        Q_EMIT codeEntered(m_code->text().trimmed());
}

// Enter (a scanner's suffix, or a person's) ends the code here: it never presses the
// dialog's default button.
bool HubJoinPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_code && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            onEnter();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HubJoinPanel::hideEvent(QHideEvent *event) {
    stopCamera();
    QWidget::hideEvent(event);
}

void HubJoinPanel::toggleCamera() {
    if (m_camera) {
        stopCamera();
        return;
    }
    scan::ScannerSettings settings;
    settings.cameraId = m_cameraId;
    for (const scan::ScannerType &type : scan::scannerTypes()) {
        if (type.key == QLatin1String("camera"))
            m_camera = type.create(settings);
    }
    if (!m_camera) {
        m_cameraButton->setChecked(false);
        showStatus(tr("No camera is available. Scan the code with the handheld scanner."), false);
        return;
    }
    connect(m_camera.get(), &scan::Scanner::scanned, this, [this](const QString &text) {
        // Only a join code ends the camera's work; anything else is said and ignored.
        if (!protocol::looksLikeJoinCode(text)) {
            showStatus(protocol::describeJoinCodeError(protocol::JoinCodeError::NotAJoinCode),
                       false);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, text] { takeScan(text); }, Qt::QueuedConnection);
        stopCamera();
    });
    connect(m_camera.get(), &scan::Scanner::statusChanged, this,
            [this](const QString &message, bool connected) {
                if (!message.isEmpty())
                    showStatus(message, connected);
            });
    m_cameraButton->setChecked(true);
    m_cameraButton->setText(tr("Stop the camera"));
    showStatus(tr("Hold the join code to the camera."), true);
    m_camera->start();
}

void HubJoinPanel::stopCamera() {
    if (!m_camera)
        return;
    // Disconnected first: a scanner stopping says so, and this panel may be going away.
    m_camera->disconnect(this);
    m_camera->stop();
    // Deleted later: stopCamera() may run inside the scanner's own signal.
    m_camera.release()->deleteLater();
    m_cameraButton->setChecked(false);
    m_cameraButton->setText(tr("Use the camera"));
}

void HubJoinPanel::updateButtons() {
    const bool running = isJoining();
    m_join->setEnabled(m_allowed && !running && !m_code->text().trimmed().isEmpty());
    m_code->setReadOnly(running);
    m_cameraButton->setEnabled(m_allowed && !running);
}

} // namespace station
