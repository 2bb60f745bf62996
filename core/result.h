// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace hoego {

// Why an operation failed; callers branch on the code and show the message.
struct Error
{
    enum class Code {
        InvalidInput, // the user's value breaks a rule (empty title, impossible date...)
        NotFound, // the id names no row
        Conflict, // a unique value already exists (e.g. the year number)
        Storage, // SQLite failed (disk full, I/O error...)
        ReadOnly, // the database was opened read-only
        Corrupt, // the file is not a healthy Hoego database
        NewerVersion, // the file was written by a newer Hoego
        Locked, // another Hoego holds the database
        Io, // reading or writing a file other than the database failed
        Server, // the database server cannot be reached, refused the login or went away
        Changed, // another client changed the row on the server since this one read or wrote it
        LoginRefused, // the database server refused the login (no password, a wrong one, an unknown user)
    };
    Code code = Code::Storage;
    QString message;

    static Error invalid(const QString &message) { return {Code::InvalidInput, message}; }
    static Error notFound(const QString &message) { return {Code::NotFound, message}; }
    static Error storage(const QString &message) { return {Code::Storage, message}; }
};

// A value or the error that prevented it. Marked nodiscard so a failure cannot be silently ignored.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // On a temporary these return the value itself, not a reference into the dying Result, so
    // `for (const auto &year : *repository.overviews())` is safe.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }
    template<typename U>
    Result(const Result<U> &other)
    {
        if (!other.ok()) {
            m_error = other.error();
            m_failed = true;
        }
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace hoego
