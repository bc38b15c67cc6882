// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/HidPosScanner.h"

#include "scan/Logging.h"

#include <QRegularExpression>
#include <QThread>

#include <hidapi.h>

#include <cerrno>
#include <mutex>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace station::scan {

namespace {

constexpr unsigned short kPointOfSaleBarcodeScannerPage = 0x8C;
constexpr int kReadTimeoutMs = 100; // how soon the reader notices stop() and pauses
constexpr int kMaxReport = 256;     // HID-POS reports are 64 bytes; room for larger ones

struct Target {
    bool any = true; // "auto"
    unsigned short vendorId = 0;
    unsigned short productId = 0;
};

std::optional<Target> parseTarget(const QString &device) {
    const QString d = device.trimmed().toLower();
    if (d.isEmpty() || d == QLatin1String("auto"))
        return Target{};
    static const QRegularExpression vidPid(QStringLiteral("^([0-9a-f]{1,4}):([0-9a-f]{1,4})$"));
    const QRegularExpressionMatch m = vidPid.match(d);
    if (!m.hasMatch())
        return std::nullopt;
    Target t;
    t.any = false;
    t.vendorId = static_cast<unsigned short>(m.captured(1).toUInt(nullptr, 16));
    t.productId = static_cast<unsigned short>(m.captured(2).toUInt(nullptr, 16));
    return t;
}

QString deviceLabel(unsigned short vendorId, unsigned short productId, const wchar_t *product) {
    QString label = QStringLiteral("%1:%2")
                        .arg(vendorId, 4, 16, QLatin1Char('0'))
                        .arg(productId, 4, 16, QLatin1Char('0'));
    if (product && *product)
        label += QStringLiteral(" (%1)").arg(QString::fromWCharArray(product));
    return label;
}

struct Opened {
    hid_device *device = nullptr;
    HidPosScanner::Link link = HidPosScanner::Link::NotFound;
    QString label;
};

// Finds the scanner's HID-POS interface and opens it (on the reader thread).
Opened openScanner(const Target &target) {
    Opened result;
    hid_device_info *all = hid_enumerate(target.vendorId, target.productId);
    const hid_device_info *chosen = nullptr;
    const hid_device_info *other = nullptr;
    for (const hid_device_info *d = all; d; d = d->next) {
        if (d->usage_page == kPointOfSaleBarcodeScannerPage) {
            chosen = d;
            break;
        }
        if (!other)
            other = d;
    }
    if (!chosen) {
        // A scanner of this VID:PID without the interface is set to keyboard or serial mode.
        if (!target.any && other) {
            result.link = HidPosScanner::Link::NotHidPos;
            result.label = deviceLabel(other->vendor_id, other->product_id, other->product_string);
        }
        hid_free_enumeration(all);
        return result;
    }
    result.label = deviceLabel(chosen->vendor_id, chosen->product_id, chosen->product_string);
    const QByteArray path(chosen->path);
    hid_free_enumeration(all);
    result.device = hid_open_path(path.constData());
    if (result.device) {
        result.link = HidPosScanner::Link::Connected;
    } else {
#ifdef Q_OS_UNIX
        // hidraw: the device node's mode and group come from udev rules.
        const bool denied =
            ::access(path.constData(), R_OK | W_OK) != 0 && (errno == EACCES || errno == EPERM);
#else
        const bool denied = false;
#endif
        result.link = denied ? HidPosScanner::Link::NoPermission : HidPosScanner::Link::OpenFailed;
    }
    return result;
}

} // namespace

HidPosScanner::HidPosScanner(QObject *parent)
    : Scanner(parent) {
    m_clock.start();
}

HidPosScanner::~HidPosScanner() {
    stop();
}

void HidPosScanner::setConfig(const Config &config) {
    const bool wasRunning = m_reader != nullptr;
    stop();
    m_config = config;
    if (wasRunning)
        start();
}

bool HidPosScanner::start() {
    stop();
    const std::optional<Target> target = parseTarget(m_config.device);
    if (!target) {
        Q_EMIT statusChanged(tr("The HID-POS scanner setting “%1” is neither “auto” nor a USB "
                                "VID:PID. Correct it in the settings.")
                                 .arg(m_config.device),
                             false);
        return false;
    }
    // hidapi initialises itself on first use, which must not happen on two threads at once.
    static std::once_flag initialised;
    std::call_once(initialised, [] { hid_init(); });

    const int generation = m_generation;
    const int pauseMs = qMax(kReadTimeoutMs, m_config.reconnectIntervalMs);
    const QElapsedTimer clock = m_clock;
    auto stopRequested = std::make_shared<std::atomic_bool>(false);
    m_stopReader = stopRequested;
    m_linkKnown = false;
    // The thread reads and posts; everything it posts runs here, in order, and is dropped
    // once stop() has begun another generation.
    const auto post = [this, generation](auto &&call) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, call = std::forward<decltype(call)>(call)] {
                if (generation == m_generation)
                    call();
            },
            Qt::QueuedConnection);
    };
    m_reader = QThread::create([=] {
        hid_device *device = nullptr;
        while (!stopRequested->load()) {
            if (!device) {
                const Opened opened = openScanner(*target);
                device = opened.device;
                post([this, link = opened.link, label = opened.label] { acceptLink(link, label); });
                if (!device) {
                    for (int waited = 0; waited < pauseMs && !stopRequested->load();
                         waited += kReadTimeoutMs)
                        QThread::msleep(kReadTimeoutMs);
                    continue;
                }
            }
            unsigned char buffer[kMaxReport];
            const int read = hid_read_timeout(device, buffer, sizeof buffer, kReadTimeoutMs);
            const qint64 msec = clock.elapsed();
            if (read < 0) {
                hid_close(device);
                device = nullptr;
                post([this] { acceptLink(Link::Lost, QString()); });
            } else if (read == 0) {
                post([this, msec] { acceptIdle(msec); });
            } else {
                const QByteArray report(reinterpret_cast<const char *>(buffer), read);
                post([this, report, msec] { acceptReport(report, msec); });
            }
        }
        if (device)
            hid_close(device);
    });
    m_reader->setObjectName(QStringLiteral("hid-pos reader"));
    m_reader->start();
    return true;
}

void HidPosScanner::stop() {
    if (!m_reader)
        return;
    m_stopReader->store(true);
    m_reader->wait();
    delete m_reader;
    m_reader = nullptr;
    ++m_generation;
    m_parser.abandon(); // stopping on purpose: a half-read scan is simply dropped
}

void HidPosScanner::deliver(const QList<HidPosReportParser::Scan> &scans) {
    for (const HidPosReportParser::Scan &scan : scans) {
        if (scan.ok()) {
            Q_EMIT scanned(scan.text, EntryMethod::Scanner);
        } else {
            qCWarning(lcScan) << "HID-POS scan refused";
            Q_EMIT scanRefused(scan.problem);
        }
    }
}

void HidPosScanner::acceptReport(const QByteArray &report, qint64 msec) {
    deliver(m_parser.feed(report, msec));
}

void HidPosScanner::acceptIdle(qint64 msec) {
    deliver(m_parser.expire(msec));
}

void HidPosScanner::acceptLink(Link link, const QString &device) {
    if (link != Link::Connected)
        deliver(m_parser.abandon());
    if (m_linkKnown && link == m_lastLink)
        return; // say it once, not every retry
    m_linkKnown = true;
    m_lastLink = link;
    if (link == Link::Connected)
        qCInfo(lcScan) << "HID-POS scanner open:" << device;
    else
        qCWarning(lcScan) << "HID-POS scanner not readable, state" << static_cast<int>(link);
    Q_EMIT statusChanged(describe(link, device), link == Link::Connected);
}

QString HidPosScanner::describe(Link link, const QString &device) const {
    switch (link) {
    case Link::Connected:
        return tr("HID-POS scanner connected: %1.").arg(device);
    case Link::NotFound:
        if (parseTarget(m_config.device).value_or(Target{}).any)
            return tr("HID-POS scanner not found. Plug it in and set it to HID-POS mode (see "
                      "the user guide); the station keeps looking.");
        return tr("HID-POS scanner %1 not found. Plug it in; the station keeps looking.")
            .arg(m_config.device);
    case Link::NotHidPos:
        return tr("The scanner %1 is plugged in but not in HID-POS mode. Scan the HID-POS "
                  "setup code from its manual; the station keeps looking.")
            .arg(device);
    case Link::NoPermission:
        return tr("HID-POS scanner %1: permission denied. Install the station's udev rule "
                  "(60-sampling-station-scanners.rules) and plug the scanner in again; the "
                  "station keeps trying.")
            .arg(device);
    case Link::OpenFailed:
        return tr("HID-POS scanner %1 could not be opened (another program may hold it); the "
                  "station keeps trying.")
            .arg(device);
    case Link::Lost:
        return tr("HID-POS scanner lost: it was unplugged or stopped answering. Plug it back "
                  "in; the station reconnects by itself.");
    }
    return {};
}

} // namespace station::scan
