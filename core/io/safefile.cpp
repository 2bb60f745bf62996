// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "safefile.h"

#include "i18n/particles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::SafeFile)
};

Error notRegularInput(const QString &path)
{
    return Error{
            Error::Code::Io,
            i18n::fillWords(
                    Tr::tr("%1 is not a regular file (it is a folder, a pipe, a device or a socket); Hoego reads only "
                           "regular files."),
                    path)};
}

Error readError(const QString &path, const QString &reason)
{
    return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot read %1: %2"), path, reason)};
}

Error writeError(const QString &path, const QString &reason)
{
    return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot write %1: %2"), path, reason)};
}

// What the writers write to: every byte goes to the QSaveFile, and a short write is retried so the failure and
// its reason are recorded. A full disk first shows as a short write without an error; QPdfWriter's stream then
// stops writing without telling anyone, and QSaveFile would commit the truncated file.
class CheckedDevice final : public QIODevice
{
public:
    explicit CheckedDevice(QSaveFile &file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly);
    }

    QString failure() const { return m_failure; }
    qint64 size() const override { return m_file.size(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        qint64 written = 0;
        while (written < length) {
            errno = 0;
            const qint64 chunk = m_file.write(data + written, length - written);
            if (chunk <= 0) {
                // QFile's buffered path can report a failed write as "Unknown error"; the system's reason is
                // the one the user needs ("File too large", "No space left on device").
                const int systemError = errno;
                if (m_failure.isEmpty())
                    m_failure = systemError != 0 ? QString::fromLocal8Bit(std::strerror(systemError))
                                                 : m_file.errorString();
                return -1;
            }
            written += chunk;
        }
        return written;
    }

private:
    QSaveFile &m_file;
    QString m_failure;
};

// QSaveFile syncs before its rename but ignores a failed sync; a disk that fills up while the kernel writes
// back its cache reports it only here.
bool syncToDisk(QSaveFile &file, QString *reason)
{
    if (!file.flush()) {
        *reason = file.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#endif
    return true;
}

} // namespace

Status checkInputFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("%1 does not exist."), path)};
    if (!info.isFile())
        return notRegularInput(path);
    return {};
}

Status checkInputFolder(const QString &folder, const QStringList &nameFilters)
{
    const QFileInfoList entries = QDir(folder).entryInfoList(nameFilters, QDir::Files | QDir::System | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.exists() && !entry.isFile())
            return notRegularInput(entry.filePath());
    }
    return {};
}

Result<QByteArray> readRegularFile(const QString &path)
{
    if (Status usable = checkInputFile(path); !usable.ok())
        return usable.error();
    QFile file(path);
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return readError(path, QString::fromLocal8Bit(std::strerror(errno)));
    struct stat status = {};
    const bool regular = ::fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode);
    // O_NONBLOCK changes nothing for a regular file, so it can stay set.
    if (!regular || !file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return regular ? readError(path, file.errorString()) : notRegularInput(path);
    }
#else
    if (!file.open(QIODevice::ReadOnly))
        return readError(path, file.errorString());
#endif
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return readError(path, file.errorString());
    return bytes;
}

Status checkOutputFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{Error::Code::Io,
                     i18n::fillWords(Tr::tr("%1 is not a regular file (it is a folder, a pipe, a device or a socket); "
                                            "Hoego does not "
                                            "write over it."),
                                     path)};
    return {};
}

Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice &device)> &write)
{
    if (Status usable = checkOutputFile(path); !usable.ok())
        return usable;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    CheckedDevice device(file);
    const Status written = write(device);
    // The device's failure first: a writer may have failed because of it.
    if (!device.failure().isEmpty())
        return writeError(path, device.failure()); // the destructor removes the temporary file
    if (!written.ok())
        return written;
    QString reason;
    if (file.error() == QFileDevice::NoError && syncToDisk(file, &reason) && file.commit())
        return {};
    if (reason.isEmpty())
        reason = file.errorString();
    return writeError(path, reason);
}

} // namespace hoego
