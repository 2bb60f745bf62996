// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "utf8text.h"

namespace hoego::utf8text {

namespace {

bool isContinuation(char byte)
{
    return (uchar(byte) & 0xC0) == 0x80;
}

qsizetype nextCharacter(const QByteArray &utf8, qsizetype at)
{
    do
        ++at;
    while (at < utf8.size() && isContinuation(utf8[at]));
    return at;
}

} // namespace

qsizetype previousCharacter(const QByteArray &utf8, qsizetype at)
{
    do
        --at;
    while (at > 0 && isContinuation(utf8[at]));
    return at;
}

Piece utf16Mid(const QByteArray &utf8, qsizetype position, qsizetype length, qsizetype anchor)
{
    const qsizetype size = utf8.size();
    // Forward to the character holding unit `position`.
    qsizetype begin = anchor;
    qsizetype unitsBefore = 0;
    while (begin < size && unitsBefore + unitsOf(utf8[begin]) <= position) {
        unitsBefore += unitsOf(utf8[begin]);
        begin = nextCharacter(utf8, begin);
    }
    qsizetype end = begin;
    qsizetype units = unitsBefore;
    while (end < size && units < position + length) {
        units += unitsOf(utf8[end]);
        end = nextCharacter(utf8, end);
    }
    Piece piece;
    piece.text = QString::fromUtf8(utf8.constData() + begin, end - begin);
    piece.text.remove(0, begin < size ? position - unitsBefore : 0);
    // The last character can be a pair cut in two by the end of the piece: its second half follows.
    piece.textFollows = end < size || piece.text.size() > length;
    piece.text.truncate(length);
    return piece;
}

} // namespace hoego::utf8text
