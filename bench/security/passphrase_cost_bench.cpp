// SPDX-License-Identifier: GPL-3.0-or-later
// How long deriving the wrapping key from the site passphrase takes (Argon2id, libsodium) at
// several costs, to choose PassphraseCost::station(): the highest cost a 2-core laptop bears
// in under a second (the station unlocks once a start; an attacker pays it per guess).
// Not run by ctest; the figure goes to docs/data-protection.md.
#include "core/security/StationKeyring.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <sodium.h>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    QTextStream out(stdout);
    struct Cost {
        unsigned long long ops;
        size_t memMiB;
    };
    const std::vector<Cost> costs = {{2, 64},  {3, 64},  {2, 128}, {3, 128}, {4, 128},
                                     {2, 256}, {3, 256}, {4, 256}, {3, 512}, {4, 512}};
    const QByteArray passphrase = QByteArrayLiteral("correct horse battery staple");
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    unsigned char key[32];
    const station::PassphraseCost chosen = station::PassphraseCost::station();
    out << "opslimit  memlimit  median of 5 (ms)\n";
    for (const Cost &c : costs) {
        std::vector<qint64> ms;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            if (crypto_pwhash(key, sizeof key, passphrase.constData(),
                              static_cast<unsigned long long>(passphrase.size()), salt, c.ops,
                              c.memMiB << 20, crypto_pwhash_ALG_ARGON2ID13) != 0)
                return 2;
            ms.push_back(t.elapsed());
        }
        std::sort(ms.begin(), ms.end());
        const bool isChosen = chosen.opslimit == c.ops && chosen.memlimit == quint64(c.memMiB)
                                                                                 << 20;
        out << QString::number(c.ops).rightJustified(8) << "  "
            << QString(QString::number(c.memMiB) + QStringLiteral(" MiB")).rightJustified(8) << "  "
            << QString::number(ms[ms.size() / 2]).rightJustified(8)
            << (isChosen ? "   <- PassphraseCost::station()" : "") << '\n';
        out.flush();
    }
    return 0;
}
