// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace station::server {

// `text` as a QR code (level M) drawn with UTF-8 half blocks, two modules a character line,
// with a quiet zone of four modules: light modules are blocks, dark ones spaces, for a
// terminal with a dark background (as `qrencode -t UTF8` draws it). Empty when the text does
// not fit in a QR code.
QString terminalQr(const QString &text);

} // namespace station::server
