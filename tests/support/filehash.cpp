#include "filehash.h"

#include <QCryptographicHash>
#include <QFile>

namespace hoego::test {

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace hoego::test
