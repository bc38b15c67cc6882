// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/DomainError.h"

namespace station {

DomainError makeError(ErrorCode code, const QString &message) {
    return DomainError{code, message};
}

} // namespace station
