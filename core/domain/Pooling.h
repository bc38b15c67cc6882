// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/EntryMethod.h"

#include <QList>
#include <QString>

#include <optional>

namespace station {

// People per tube. The area's risk level decides: 1:1, 5:1, 10:1 (usual), 20:1.
bool isValidPoolSize(int size);
QList<int> validPoolSizes();

// open -> sealed -> boxed -> handed over; open or sealed -> voided; sealed -> open only
// when the last person of a tube that sealed itself at capacity is undone.
enum class TubeState { Open, Sealed, Boxed, HandedOver, Voided };

QString tubeStateKey(TubeState state); // "open", "sealed", ... (stored, exported)
std::optional<TubeState> tubeStateFromKey(const QString &key);
QString tubeStateDisplayName(TubeState state); // translated

// Whether the tube state machine allows `from` -> `to`.
bool tubeTransitionAllowed(TubeState from, TubeState to);

enum class BoxState { Open, Sealed, HandedOver };
QString boxStateKey(BoxState state);
std::optional<BoxState> boxStateFromKey(const QString &key);
QString boxStateDisplayName(BoxState state);
bool boxTransitionAllowed(BoxState from, BoxState to);

} // namespace station
