// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("province-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));
    QTextStream(stderr) << "province-server: not implemented yet\n";
    return 2;
}
