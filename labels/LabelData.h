// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

#include <algorithm>
#include <optional>

// Plain values the label layouts print. They are filled from the domain by the caller, so
// the labels layer does not depend on storage.
namespace station::labels {

// What goes on the label stuck on one sample tube.
struct TubeLabelData {
    QString tubeCode;
    QString siteName;
    QString siteCode;
    int tableNumber = 0;      // 0 = not printed
    QDateTime sealedOrOpened; // when the tube was opened (new label) or sealed (reprint)
    int poolSize = 0;         // people per tube (1, 5, 10, 20); 0 = not printed
};

// The label on a transfer box or bag.
struct BoxLabelData {
    QString boxCode;
    QString siteName;
    QString siteCode;
    bool qrCode = false; // a QR code (square, left) instead of Code 128 across the label
};

// One tube line of a box manifest.
struct ManifestTube {
    QString code;
    int personCount = 0;
    QDateTime firstSwabAt;
    QDateTime sealedAt;
    // The table the tube was sealed at ("Table 5"); a box may hold tubes of several tables
    // of the site. Empty when not known (then the manifest has no table headings).
    QString table;
};

// The tubes of one table in a box manifest: its heading and subtotals.
struct ManifestTableGroup {
    QString table;
    QVector<int> tubes; // indexes into BoxManifestData::tubes, in their order
    int personCount = 0;
    int tubeCount() const { return static_cast<int>(tubes.size()); }
};

// The hand-over block of the manifest. Empty fields are printed as lines to fill by hand.
struct HandOverData {
    QString handedOverBy;
    QString carriedBy;
    QDateTime handedOverAt;
    std::optional<double> temperatureCelsius; // recorded when transit exceeds 2 hours
};

// The document that travels with a sealed box to the lab and is filed by the health bureau.
struct BoxManifestData {
    QString boxCode;
    QString siteName;
    QString siteCode;
    QDateTime boxSealedAt;
    QVector<ManifestTube> tubes;
    HandOverData handOver;
    QDateTime printedAt;
    // What the laboratory must see beside a tube, in bold after its code: that a tube of
    // another table carries the same code (tube code -> that table, "Table 2"). Empty for
    // most boxes.
    QHash<QString, QString> codeSharedWith;

    int tubeCount() const { return static_cast<int>(tubes.size()); }
    int personCount() const {
        int n = 0;
        for (const ManifestTube &t : tubes)
            n += t.personCount;
        return n;
    }
    // The tubes by the table they were sealed at, tables in the order their first tube comes;
    // empty when no tube names its table.
    QVector<ManifestTableGroup> tableGroups() const {
        QVector<ManifestTableGroup> groups;
        bool anyTable = false;
        for (const ManifestTube &t : tubes)
            anyTable = anyTable || !t.table.isEmpty();
        if (!anyTable)
            return groups;
        for (int i = 0; i < tubes.size(); ++i) {
            auto group = std::find_if(groups.begin(), groups.end(),
                                      [&](const auto &g) { return g.table == tubes[i].table; });
            if (group == groups.end()) {
                groups.append(ManifestTableGroup{tubes[i].table, {}, 0});
                group = groups.end() - 1;
            }
            group->tubes.append(i);
            group->personCount += tubes[i].personCount;
        }
        return groups;
    }
    // The earliest swab in the box; the lab's 4-hour limit runs from here.
    QDateTime firstSwabAt() const {
        QDateTime first;
        for (const ManifestTube &t : tubes) {
            if (t.firstSwabAt.isValid() && (!first.isValid() || t.firstSwabAt < first))
                first = t.firstSwabAt;
        }
        return first;
    }
};

} // namespace station::labels
