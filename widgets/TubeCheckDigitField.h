// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/domain/CheckDigit.h"

#include <QComboBox>

namespace station {

// The choice of the check digit a site's pre-printed tube codes carry: the schemes core
// knows (checkdigit::schemes(), as `sampling-station-cli init --tube-check-digit` takes them),
// none by default. In the first-run wizard and in Settings (F10).
class TubeCheckDigitField : public QComboBox {
    Q_OBJECT
public:
    explicit TubeCheckDigitField(QWidget *parent = nullptr);

    void setScheme(CheckDigitScheme scheme);
    CheckDigitScheme scheme() const;
};

} // namespace station
