// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "models/ScanRouter.h"

namespace station {

// While a dialog of the table screen is open, scans are refused instead of acting behind
// it; the previous state comes back when the dialog closes.
class ModalGuard {
public:
    explicit ModalGuard(ScanRouter &router)
        : m_router(router)
        , m_was(router.isPaused()) {
        m_router.setPaused(true);
    }
    ~ModalGuard() { m_router.setPaused(m_was); }
    ModalGuard(const ModalGuard &) = delete;
    ModalGuard &operator=(const ModalGuard &) = delete;

private:
    ScanRouter &m_router;
    bool m_was;
};

} // namespace station
