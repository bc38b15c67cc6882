// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ContextFallbackTranslator.h"

#include <QByteArray>

namespace station {

QString ContextFallbackTranslator::translate(const char *context, const char *sourceText,
                                             const char *disambiguation, int n) const {
    QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!result.isEmpty() || !context)
        return result;
    const QByteArray plain(context);
    if (!plain.startsWith("station::")) {
        const QByteArray qualified = QByteArrayLiteral("station::") + plain;
        result = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
        if (!result.isEmpty())
            return result;
    }
    return QTranslator::translate("station", sourceText, disambiguation, n);
}

} // namespace station
