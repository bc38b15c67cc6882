// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `sampling-station-cli resident-code` and reads its QR code back the way a
// station does: ZXing decodes the PNG, ResidentCodeParser parses the text.
#define ZX_USE_UTF8 // Result::text() as UTF-8 std::string
#include "core/domain/ResidentCode.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <ZXing/ReadBarcode.h>

using namespace station;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args) {
    QProcess process;
    process.start(test::buildDir() + QStringLiteral("/cli/sampling-station-cli"),
                  QStringList{QStringLiteral("resident-code")} + args);
    CliRun run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Decodes the QR code in a PNG; empty when none is found.
QByteArray decodeQr(const QString &path) {
    const QImage image = QImage(path).convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, int(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QByteArray::fromStdString(result.text());
}

bool bordersAreWhite(const QImage &image, int width) {
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        for (int x = 0; x < gray.width(); ++x) {
            const bool border =
                x < width || y < width || x >= gray.width() - width || y >= gray.height() - width;
            if (border && gray.constScanLine(y)[x] != 255)
                return false;
        }
    }
    return true;
}

QString futureDay() {
    return QDate::currentDate().addDays(30).toString(Qt::ISODate);
}

} // namespace

class TestCliResidentCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void generatesKeyPair();
    void writesTextAndQr_data();
    void writesTextAndQr();
    void printsTextWithoutOut();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_keyPrefix;
};

void TestCliResidentCode::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(test::buildDir() + QStringLiteral("/cli/sampling-station-cli")),
             "the CLI must be built first");
    m_keyPrefix = m_dir.filePath(QStringLiteral("province"));
    const CliRun run = runCli({QStringLiteral("--gen-keypair"), m_keyPrefix});
    QCOMPARE(run.exitCode, 0);
}

void TestCliResidentCode::help() {
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--rid", "--name", "--id-type", "--id", "--phone", "--address",
                               "--group", "--expires", "--sign-key", "--out", "--gen-keypair"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
}

void TestCliResidentCode::generatesKeyPair() {
    const QString prefix = m_dir.filePath(QStringLiteral("fresh"));
    const CliRun run = runCli({QStringLiteral("--gen-keypair"), prefix});
    QCOMPARE(run.exitCode, 0);
    const QByteArray publicHex = readAll(prefix + QStringLiteral(".pub")).trimmed();
    const QByteArray secretHex = readAll(prefix + QStringLiteral(".key")).trimmed();
    QCOMPARE(publicHex.size(), 64);
    QCOMPARE(secretHex.size(), 128);
    // libsodium's secret key ends with the public key.
    QCOMPARE(secretHex.right(64), publicHex);
    QCOMPARE(QFile::permissions(prefix + QStringLiteral(".key")) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    const CliRun again = runCli({QStringLiteral("--gen-keypair"), prefix});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("never overwritten")), qPrintable(again.err));
    QCOMPARE(readAll(prefix + QStringLiteral(".key")).trimmed(), secretHex);
}

void TestCliResidentCode::writesTextAndQr_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("keyKind"); // "", "hex" or "raw"
    QTest::addColumn<QString>("name");
    QTest::addColumn<IdType>("idType");
    QTest::addColumn<QString>("idNumber"); // as the parser normalises it

    const QStringList chen = {QStringLiteral("--rid"),   QStringLiteral("R20210604-000123"),
                              QStringLiteral("--name"),  QStringLiteral("陈秀英"),
                              QStringLiteral("--id"),    QStringLiteral("44010319800101001X"),
                              QStringLiteral("--phone"), QStringLiteral("13800138000")};
    QTest::newRow("Chinese, unsigned")
        << chen << QString() << QStringLiteral("陈秀英") << IdType::ResidentCard
        << QStringLiteral("44010319800101001X");
    QTest::newRow("Chinese, signed with hex key")
        << chen << QStringLiteral("hex") << QStringLiteral("陈秀英") << IdType::ResidentCard
        << QStringLiteral("44010319800101001X");
    QTest::newRow("signed with raw key, every field")
        << QStringList{QStringLiteral("--rid"),     QStringLiteral("GD-2022-0000000001"),
                       QStringLiteral("--name"),    QStringLiteral("欧阳 Nana"),
                       QStringLiteral("--id-type"), QStringLiteral("04"),
                       QStringLiteral("--id"),      QStringLiteral("e12345678"),
                       QStringLiteral("--phone"),   QStringLiteral("+85291234567"),
                       QStringLiteral("--address"), QStringLiteral("广州市越秀区中山路\"1\"号"),
                       QStringLiteral("--group"),   QStringLiteral("KEY_POP"),
                       QStringLiteral("--expires"), futureDay()}
        << QStringLiteral("raw") << QStringLiteral("欧阳 Nana") << IdType::Passport
        << QStringLiteral("E12345678");
    QTest::newRow("15-digit number upgraded")
        << QStringList{QStringLiteral("--rid"),  QStringLiteral("R20210604-000124"),
                       QStringLiteral("--name"), QStringLiteral("李四"),
                       QStringLiteral("--id"),   QStringLiteral("440103800101001")}
        << QString() << QStringLiteral("李四") << IdType::ResidentCard
        << QStringLiteral("44010319800101001X");
}

void TestCliResidentCode::writesTextAndQr() {
    QFETCH(QStringList, args);
    QFETCH(QString, keyKind);
    QFETCH(QString, name);
    QFETCH(IdType, idType);
    QFETCH(QString, idNumber);

    const QByteArray secretKey =
        QByteArray::fromHex(readAll(m_keyPrefix + QStringLiteral(".key")).trimmed());
    const QByteArray publicKey =
        QByteArray::fromHex(readAll(m_keyPrefix + QStringLiteral(".pub")).trimmed());
    QCOMPARE(secretKey.size(), 64);
    if (keyKind == QLatin1String("hex")) {
        args << QStringLiteral("--sign-key") << m_keyPrefix + QStringLiteral(".key");
    } else if (keyKind == QLatin1String("raw")) {
        const QString rawPath = m_dir.filePath(QStringLiteral("raw.key"));
        QFile raw(rawPath);
        QVERIFY(raw.open(QIODevice::WriteOnly));
        QCOMPARE(raw.write(secretKey), secretKey.size());
        raw.close();
        args << QStringLiteral("--sign-key") << rawPath;
    }
    const QString prefix = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    args << QStringLiteral("--out") << prefix;

    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const QByteArray text = readAll(prefix + QStringLiteral(".txt"));
    QVERIFY(!text.isEmpty());
    const QImage image(prefix + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), image.height());
    QCOMPARE(image.width() % 8, 0);         // whole modules of 8 pixels
    QVERIFY(bordersAreWhite(image, 4 * 8)); // quiet zone of 4 modules
    QCOMPARE(decodeQr(prefix + QStringLiteral(".png")), text);

    const bool isSigned = !keyKind.isEmpty();
    const ResidentCodeResult result =
        ResidentCodeParser(isSigned ? publicKey : QByteArray()).parse(text, QDate::currentDate());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.code->name, name);
    QCOMPARE(result.code->idType, idType);
    QCOMPARE(result.code->idNumber, idNumber);
    QCOMPARE(result.code->signatureVerified, isSigned);
    // An unsigned code is refused by a station that holds the province key.
    if (!isSigned) {
        QCOMPARE(ResidentCodeParser(publicKey).parse(text, QDate::currentDate()).error,
                 ResidentCodeError::SignatureMissing);
    }
}

void TestCliResidentCode::printsTextWithoutOut() {
    const CliRun run = runCli({QStringLiteral("--rid"), QStringLiteral("R20210604-000123"),
                               QStringLiteral("--name"), QStringLiteral("陈秀英"),
                               QStringLiteral("--id"), QStringLiteral("44010319800101001X"),
                               QStringLiteral("--phone"), QStringLiteral("13800138000")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(),
             QStringLiteral(R"({"t":"rc","v":1,"rid":"R20210604-000123","n":"陈秀英","it":"01",)"
                            R"("id":"44010319800101001X","p":"13800138000"})"));
}

void TestCliResidentCode::refusals_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorPart");

    auto code = [](std::initializer_list<std::pair<const char *, QString>> changes) {
        QList<std::pair<QString, QString>> fields = {
            {QStringLiteral("--rid"), QStringLiteral("R20210604-000123")},
            {QStringLiteral("--name"), QStringLiteral("陈秀英")},
            {QStringLiteral("--id"), QStringLiteral("44010319800101001X")}};
        for (const auto &change : changes) {
            const QString option = QString::fromLatin1(change.first);
            auto it = std::find_if(fields.begin(), fields.end(),
                                   [&](const auto &f) { return f.first == option; });
            if (it == fields.end())
                fields.append({option, change.second});
            else if (change.second.isNull())
                fields.erase(it);
            else
                it->second = change.second;
        }
        QStringList args;
        for (const auto &f : fields)
            args << f.first << f.second;
        return args;
    };

    QTest::newRow("check digit") << code({{"--id", QStringLiteral("440103198001010011")}}) << 1
                                 << QStringLiteral("check digit does not fit");
    QTest::newRow("short rid") << code({{"--rid", QStringLiteral("R1")}}) << 1
                               << QStringLiteral("registration id has 2 characters");
    QTest::newRow("blank name") << code({{"--name", QStringLiteral("  ")}}) << 1
                                << QStringLiteral("name is empty");
    QTest::newRow("unknown ID type")
        << code({{"--id-type", QStringLiteral("07")}}) << 1 << QStringLiteral("“07”");
    QTest::newRow("bad phone") << code({{"--phone", QStringLiteral("12345")}}) << 1
                               << QStringLiteral("phone number");
    QTest::newRow("bad group") << code({{"--group", QStringLiteral("key")}}) << 1
                               << QStringLiteral("population group");
    QTest::newRow("bad date") << code({{"--expires", QStringLiteral("2026-02-30")}}) << 1
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("expired") << code({{"--expires",
                                       QDate::currentDate().addDays(-1).toString(Qt::ISODate)}})
                             << 1 << QStringLiteral("expired");
    QTest::newRow("missing rid") << code({{"--rid", QString()}}) << 2 << QStringLiteral("--rid");
    QTest::newRow("missing name") << code({{"--name", QString()}}) << 2 << QStringLiteral("--name");
    QTest::newRow("missing id") << code({{"--id", QString()}}) << 2 << QStringLiteral("--id");
    QTest::newRow("missing key file")
        << code({{"--sign-key", QStringLiteral("/nonexistent/province.key")}}) << 1
        << QStringLiteral("Cannot read the signing key");
    QTest::newRow("unknown option")
        << code({{"--colour", QStringLiteral("red")}}) << 2 << QStringLiteral("colour");
    QTest::newRow("stray argument")
        << code({}) + QStringList{QStringLiteral("extra")} << 2 << QStringLiteral("extra");
}

void TestCliResidentCode::refusals() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, errorPart);

    const QString prefix = m_dir.filePath(QStringLiteral("refused"));
    const CliRun run = runCli(args << QStringLiteral("--out") << prefix);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(errorPart), qPrintable(run.err));
    QVERIFY(!QFile::exists(prefix + QStringLiteral(".txt")));
    QVERIFY(!QFile::exists(prefix + QStringLiteral(".png")));
}

QTEST_GUILESS_MAIN(TestCliResidentCode)
#include "tst_cli_residentcode.moc"
