// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sampling-station"));
    QApplication::setOrganizationName(QStringLiteral("SamplingStation"));
    QApplication::setApplicationVersion(QStringLiteral(STATION_VERSION));
    QLabel label(QObject::tr("Sampling Station"));
    label.show();
    return app.exec();
}
