// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QByteArray>
#include <QString>

// UTF-8 text read straight from SQLite, cut in QString's units (UTF-16) without decoding all of it: a page of
// search hits shows a short piece of each body, and decoding the whole bodies was most of its cost. The text is
// expected to be valid UTF-8, as everything Hoego writes is.
namespace hoego::utf8text {

// The UTF-16 units of the character whose first byte is `lead`: two (a surrogate pair) for four UTF-8 bytes.
inline qsizetype unitsOf(char lead)
{
    return uchar(lead) >= 0xF0 ? 2 : 1;
}

// The first byte of the character before the one starting at byte `at` (> 0).
qsizetype previousCharacter(const QByteArray &utf8, qsizetype at);

struct Piece
{
    QString text;
    bool textFollows = false; // the whole text goes on after the piece
};

// The piece of `length` units starting `position` units after byte `anchor` (the start of a character), as
// QString::fromUtf8(utf8.sliced(anchor)).mid(position, length) gives it, decoding only that piece. A pair cut in
// two keeps the half inside the piece, as mid() does.
Piece utf16Mid(const QByteArray &utf8, qsizetype position, qsizetype length, qsizetype anchor = 0);

} // namespace hoego::utf8text
