// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Pooling.h"

#include <QCoreApplication>

namespace station {

bool isValidPoolSize(int size) {
    return size == 1 || size == 5 || size == 10 || size == 20;
}

QList<int> validPoolSizes() {
    return {1, 5, 10, 20};
}

QString tubeStateKey(TubeState state) {
    switch (state) {
    case TubeState::Open:
        return QStringLiteral("open");
    case TubeState::Sealed:
        return QStringLiteral("sealed");
    case TubeState::Boxed:
        return QStringLiteral("boxed");
    case TubeState::HandedOver:
        return QStringLiteral("handed_over");
    case TubeState::Voided:
        return QStringLiteral("voided");
    }
    return {};
}

std::optional<TubeState> tubeStateFromKey(const QString &key) {
    for (TubeState s : {TubeState::Open, TubeState::Sealed, TubeState::Boxed, TubeState::HandedOver,
                        TubeState::Voided}) {
        if (tubeStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString tubeStateDisplayName(TubeState state) {
    switch (state) {
    case TubeState::Open:
        return QCoreApplication::translate("Pooling", "Open");
    case TubeState::Sealed:
        return QCoreApplication::translate("Pooling", "Sealed");
    case TubeState::Boxed:
        return QCoreApplication::translate("Pooling", "In a box");
    case TubeState::HandedOver:
        return QCoreApplication::translate("Pooling", "Handed over");
    case TubeState::Voided:
        return QCoreApplication::translate("Pooling", "Voided");
    }
    return {};
}

bool tubeTransitionAllowed(TubeState from, TubeState to) {
    switch (from) {
    case TubeState::Open:
        return to == TubeState::Sealed || to == TubeState::Voided;
    case TubeState::Sealed:
        // Sealed -> Open: the last person of a tube that sealed itself is undone.
        return to == TubeState::Boxed || to == TubeState::Voided || to == TubeState::Open;
    case TubeState::Boxed:
        return to == TubeState::HandedOver;
    case TubeState::HandedOver:
    case TubeState::Voided:
        return false;
    }
    return false;
}

QString boxStateKey(BoxState state) {
    switch (state) {
    case BoxState::Open:
        return QStringLiteral("open");
    case BoxState::Sealed:
        return QStringLiteral("sealed");
    case BoxState::HandedOver:
        return QStringLiteral("handed_over");
    }
    return {};
}

std::optional<BoxState> boxStateFromKey(const QString &key) {
    for (BoxState s : {BoxState::Open, BoxState::Sealed, BoxState::HandedOver}) {
        if (boxStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString boxStateDisplayName(BoxState state) {
    switch (state) {
    case BoxState::Open:
        return QCoreApplication::translate("Pooling", "Packing");
    case BoxState::Sealed:
        return QCoreApplication::translate("Pooling", "Sealed");
    case BoxState::HandedOver:
        return QCoreApplication::translate("Pooling", "Handed over");
    }
    return {};
}

bool boxTransitionAllowed(BoxState from, BoxState to) {
    return (from == BoxState::Open && to == BoxState::Sealed) ||
           (from == BoxState::Sealed && to == BoxState::HandedOver);
}

} // namespace station
