// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace station {

// Typed errors of the domain and storage layers. The UI shows `message`; code lets
// callers and tests react without parsing text. Raw SQL text never reaches a user.
enum class ErrorCode {
    None,
    NotProvisioned,
    NoOperator,
    InvalidPoolSize,
    InvalidCode,     // a scanned text that is not what the action needs
    TubeCodeUsed,    // tube codes are never reused
    TubeAlreadyOpen, // a tube is open and not empty
    NoOpenTube,
    TubeFull,
    TubeCodeShared, // the open tube's code was also used at another table (a site note)
    TubeNotOpen,
    TubeNotFound,
    TubeNotSealed,
    TubeAlreadyBoxed,
    PoolSizeLocked, // the tube already has people
    PersonAlreadyInTube,
    RetestNeedsConfirmation,
    SampleNotFound,
    ReasonRequired,
    BoxCodeUsed,
    BoxAlreadyOpen,
    NoOpenBox,
    BoxNotFound,
    BoxEmpty,
    BoxNotSealed,
    BoxDoesNotReconcile,
    BoxNotOpen,
    OperatorExists,
    OperatorUnknown,
    WrongPin,
    OperatorLocked,
    OperatorDisabled,  // a member of staff the site lead disabled
    PinChangeRequired, // signed in with a one-time PIN: must choose their own first
    NotPermitted,      // their role may not do this (core/staff/Permissions)
    InvalidInput,
    DiskFull,
    DatabaseLocked,
    DatabaseNewerThanApp,
    DatabaseCorrupt,
    StorageFailure,
};

struct DomainError {
    ErrorCode code = ErrorCode::None;
    QString message; // translated, user-facing
};

DomainError makeError(ErrorCode code, const QString &message);

// Either a value or a DomainError.
template <typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(DomainError error)
        : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_value); }
    T &value() { return std::get<T>(m_value); }
    const T *operator->() const { return &value(); }
    const DomainError &error() const { return std::get<DomainError>(m_value); }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, DomainError> m_value;
};

struct Done {};
using Status = Result<Done>;
inline Status success() {
    return Status(Done{});
}

} // namespace station
