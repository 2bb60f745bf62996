// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "localsocket.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace hoego::localsocket {
namespace {

// The address of `path`; none when it does not fit sockaddr_un.
std::optional<sockaddr_un> addressOf(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (encoded.isEmpty() || encoded.size() >= qsizetype(sizeof(address.sun_path)))
        return std::nullopt;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    return address;
}

// Waits until `descriptor` can be read (POLLIN) or written (POLLOUT), at most until `deadline`.
bool waitFor(int descriptor, short events, QDeadlineTimer deadline)
{
    for (;;) {
        pollfd watched{descriptor, events, 0};
        const int ready = ::poll(&watched, 1, int(std::clamp<qint64>(deadline.remainingTime(), 0, 60000)));
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

} // namespace

std::optional<Connection> Connection::to(const QString &path)
{
    const auto address = addressOf(path);
    if (!address)
        return std::nullopt;
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (descriptor < 0)
        return std::nullopt;
    Connection connection(descriptor);
    // A local connect succeeds or fails at once (nobody listening: the file is missing or refuses).
    if (::connect(descriptor, reinterpret_cast<const sockaddr *>(&*address), sizeof(sockaddr_un)) != 0)
        return std::nullopt;
    return connection;
}

Connection::Connection(int descriptor)
    : m_descriptor(descriptor)
{ }

Connection::Connection(Connection &&other) noexcept
    : m_descriptor(std::exchange(other.m_descriptor, -1))
{ }

Connection &Connection::operator=(Connection &&other) noexcept
{
    std::swap(m_descriptor, other.m_descriptor);
    return *this;
}

Connection::~Connection()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

bool Connection::writeAll(const QByteArray &bytes, QDeadlineTimer deadline) const
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        // MSG_NOSIGNAL: a reader that went away is a failed write, not a SIGPIPE that ends this process.
        const ssize_t sent = ::send(m_descriptor, bytes.constData() + written, size_t(bytes.size() - written),
                                    MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent > 0) {
            written += sent;
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(m_descriptor, POLLOUT, deadline))
            continue;
        return false;
    }
    return true;
}

QByteArray Connection::readLine(QDeadlineTimer deadline, qsizetype limit) const
{
    QByteArray line;
    char byte = 0;
    // A byte at a time, so nothing after the newline is taken from the socket; the lines here are short.
    while (line.size() < limit && !line.endsWith('\n')) {
        const ssize_t got = ::recv(m_descriptor, &byte, 1, MSG_DONTWAIT);
        if (got == 1) {
            line += byte;
            continue;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(m_descriptor, POLLIN, deadline))
            continue;
        break; // closed, failed, or out of time
    }
    return line;
}

Listener::~Listener()
{
    close();
}

bool Listener::listen(const QString &path, QString *error)
{
    close();
    const auto address = addressOf(path);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!address)
        return fail(QStringLiteral("the path is too long for a socket"));
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (descriptor < 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    const auto *raw = reinterpret_cast<const sockaddr *>(&*address);
    bool bound = ::bind(descriptor, raw, sizeof(sockaddr_un)) == 0;
    if (!bound && errno == EADDRINUSE) {
        ::unlink(address->sun_path); // a crashed Hoego's socket file
        bound = ::bind(descriptor, raw, sizeof(sockaddr_un)) == 0;
    }
    // Only this user may connect: the runtime folder is already theirs alone, the temporary folder is not.
    if (!bound || ::chmod(address->sun_path, S_IRUSR | S_IWUSR) != 0 || ::listen(descriptor, 8) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(descriptor);
        if (bound)
            ::unlink(address->sun_path);
        return fail(why);
    }
    m_descriptor = descriptor;
    m_path = path;
    return true;
}

void Listener::close()
{
    if (m_descriptor < 0)
        return;
    ::close(std::exchange(m_descriptor, -1));
    ::unlink(QFile::encodeName(m_path).constData());
    m_path.clear();
}

std::optional<Connection> Listener::accept() const
{
    if (m_descriptor < 0)
        return std::nullopt;
    for (;;) {
        const int accepted = ::accept4(m_descriptor, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (accepted >= 0)
            return Connection(accepted);
        if (errno != EINTR)
            return std::nullopt;
    }
}

} // namespace hoego::localsocket
