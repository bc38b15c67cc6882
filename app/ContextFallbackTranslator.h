// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QTranslator>

namespace station {

// Some core files translate through a file-local helper with a short context
// ("Database", "StationStore", "IntegrityCheck"), while lupdate files those strings under
// the enclosing class ("station::Database") or namespace ("station"). This translator tries
// those contexts too, so the shipped translations reach every message.
class ContextFallbackTranslator : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace station
