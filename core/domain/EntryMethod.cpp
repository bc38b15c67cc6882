// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/EntryMethod.h"

namespace station {

QString entryMethodKey(EntryMethod method) {
    switch (method) {
    case EntryMethod::Scanner:
        return QStringLiteral("scanner");
    case EntryMethod::Camera:
        return QStringLiteral("camera");
    case EntryMethod::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<EntryMethod> entryMethodFromKey(const QString &key) {
    for (EntryMethod m : {EntryMethod::Scanner, EntryMethod::Camera, EntryMethod::Manual}) {
        if (entryMethodKey(m) == key)
            return m;
    }
    return std::nullopt;
}

} // namespace station
