// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TubeCheckDigitField.h"

namespace station {

TubeCheckDigitField::TubeCheckDigitField(QWidget *parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("tubeCheckDigitField"));
    for (const CheckDigitScheme scheme : checkdigit::schemes())
        addItem(checkdigit::displayName(scheme), static_cast<int>(scheme));
    setScheme(CheckDigitScheme::None);
}

void TubeCheckDigitField::setScheme(CheckDigitScheme scheme) {
    setCurrentIndex(qMax(0, findData(static_cast<int>(scheme))));
}

CheckDigitScheme TubeCheckDigitField::scheme() const {
    return static_cast<CheckDigitScheme>(currentData().toInt());
}

} // namespace station
