// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/PrinterRegistry.h"

#include "labels/CupsBackend.h"
#include "labels/PdfFileBackend.h"
#include "labels/PngFileBackend.h"
#include "labels/ZplFileBackend.h"
#include "labels/ZplTcpBackend.h"

#include <QUrl>

namespace station::labels {

PrinterRegistry PrinterRegistry::labelBackends() {
    PrinterRegistry registry;
    registry.add({QStringLiteral("zpl://"), tr("zpl://HOST[:PORT]"),
                  tr("a Zebra printer on the network (ZPL, port %1 unless given)")
                      .arg(ZplTcpBackend::kDefaultPort),
                  [](const QString &target, QString *error) -> std::unique_ptr<LabelPrinter> {
                      const QUrl url(QStringLiteral("zpl://") + target, QUrl::StrictMode);
                      if (!url.isValid() || url.host().isEmpty()) {
                          if (error)
                              *error = tr("\"%1\" is not a printer address; use "
                                          "zpl://HOST[:PORT].")
                                           .arg(QStringLiteral("zpl://") + target);
                          return nullptr;
                      }
                      return std::make_unique<ZplTcpBackend>(
                          url.host(), static_cast<quint16>(url.port(ZplTcpBackend::kDefaultPort)));
                  }});
    registry.add({QStringLiteral("zpl-file:"), tr("zpl-file:PATH"),
                  tr("ZPL written to a file or a printer's device node"),
                  [](const QString &target, QString *) -> std::unique_ptr<LabelPrinter> {
                      return std::make_unique<ZplFileBackend>(target);
                  }});
    registry.add({QStringLiteral("cups:"), tr("cups:QUEUE"),
                  tr("a PDF of the label through a CUPS queue (lp)"),
                  [](const QString &target, QString *) -> std::unique_ptr<LabelPrinter> {
                      return std::make_unique<CupsBackend>(target, CupsBackend::Payload::Pdf);
                  }});
    registry.add({QStringLiteral("cups-raw:"), tr("cups-raw:QUEUE"),
                  tr("ZPL through a raw CUPS queue (lp -o raw), for a Zebra behind CUPS"),
                  [](const QString &target, QString *) -> std::unique_ptr<LabelPrinter> {
                      return std::make_unique<CupsBackend>(target, CupsBackend::Payload::RawZpl);
                  }});
    registry.add({QStringLiteral("pdf:"), tr("pdf:PATH"), tr("a PDF file"),
                  [](const QString &target, QString *) -> std::unique_ptr<LabelPrinter> {
                      return std::make_unique<PdfFileBackend>(target);
                  }});
    registry.add({QStringLiteral("png:"), tr("png:PATH"), tr("PNG images, one a page"),
                  [](const QString &target, QString *) -> std::unique_ptr<LabelPrinter> {
                      return std::make_unique<PngFileBackend>(target);
                  }});
    return registry;
}

void PrinterRegistry::add(PrinterKind kind) {
    m_kinds.append(std::move(kind));
}

const PrinterKind *PrinterRegistry::kindOf(const QString &address) const {
    const PrinterKind *found = nullptr;
    for (const PrinterKind &kind : m_kinds) {
        if (!address.startsWith(kind.prefix))
            continue;
        if (!found || kind.prefix.size() > found->prefix.size())
            found = &kind;
    }
    return found;
}

std::unique_ptr<LabelPrinter> PrinterRegistry::create(const QString &address,
                                                      QString *error) const {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<LabelPrinter>();
    };
    const PrinterKind *kind = kindOf(address);
    if (!kind || address.isEmpty())
        return fail(tr("Unknown printer \"%1\"; use %2.").arg(address, syntaxHelp()));
    const QString target = address.mid(kind->prefix.size());
    if (target.isEmpty())
        return fail(tr("\"%1\" names no queue or file.").arg(address));
    QString problem;
    std::unique_ptr<LabelPrinter> printer = kind->create(target, &problem);
    if (!printer)
        return fail(problem);
    return printer;
}

QString PrinterRegistry::syntaxHelp() const {
    QStringList syntaxes;
    for (const PrinterKind &kind : m_kinds)
        syntaxes << kind.syntax;
    if (syntaxes.size() < 2)
        return syntaxes.value(0);
    const QString last = syntaxes.takeLast();
    return tr("%1 or %2").arg(syntaxes.join(tr(", ", "between the items of a list")), last);
}

QString PrinterRegistry::kindsHelp() const {
    QStringList lines;
    for (const PrinterKind &kind : m_kinds)
        lines << tr("%1: %2").arg(kind.syntax, kind.description);
    return lines.join(QLatin1Char('\n'));
}

} // namespace station::labels
