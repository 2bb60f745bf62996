// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <optional>

// Unix domain stream sockets for the instance channel, on the system's own calls. Qt's QLocalSocket lives in Qt
// Network, which brings Kerberos and libproxy with it: nine libraries loaded and relocated before the first paint
// for a socket that is used once in a while (issue 17).
namespace hoego::localsocket {

// One connected socket, closed when it goes.
class Connection
{
public:
    // Connects to the socket at `path`; none when nobody listens there.
    static std::optional<Connection> to(const QString &path);

    explicit Connection(int descriptor);
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection();

    int descriptor() const { return m_descriptor; }
    // Writes all of `bytes`, waiting for room until `deadline`; false when that did not happen.
    bool writeAll(const QByteArray &bytes, QDeadlineTimer deadline) const;
    // What arrives up to and including the first newline, at most `limit` bytes: less when the other side closes or
    // the deadline passes first.
    QByteArray readLine(QDeadlineTimer deadline, qsizetype limit) const;

private:
    int m_descriptor = -1;
};

// Listens at a path; accept() does not wait.
class Listener
{
public:
    Listener() = default;
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;
    ~Listener();

    // Listens at `path`, for this user only. A socket file already there is replaced: the caller holds the lock that
    // says no other listener can be alive. On failure, `error` says why.
    bool listen(const QString &path, QString *error);
    // Stops listening and removes the socket file.
    void close();
    bool isListening() const { return m_descriptor >= 0; }
    QString path() const { return m_path; }
    int descriptor() const { return m_descriptor; }
    // The next connection waiting, its socket not blocking; none when no one waits.
    std::optional<Connection> accept() const;

private:
    int m_descriptor = -1;
    QString m_path;
};

} // namespace hoego::localsocket
