#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace Verbund {

// Either a value or an Error, like std::expected: core calls return it instead of throwing.
template <typename T> class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    // By value, so that `for (x : call().value())` does not outlive the temporary Result.
    T value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// A result without a value: success, or an Error.
template <> class [[nodiscard]] Result<void> final {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error{ErrorCode::Database, {}};
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace Verbund
