// SPDX-License-Identifier: GPL-3.0-or-later
// `sampling-station-cli resident-code`: writes a resident code (text and QR PNG) from
// fields on the command line, for demos and tests, and makes signing key pairs.
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "core/domain/CanonicalJson.h"
#include "core/domain/Ed25519.h"
#include "core/domain/ResidentCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <optional>

namespace station::cli {

namespace {

constexpr int kModulePixels = 8;     // integer module size keeps every module sharp
constexpr int kQuietZoneModules = 4; // ISO/IEC 18004 quiet zone
constexpr int kEccLevel = 4;         // ZXing's 0-8 scale: 4 is QR level M (15 % recovery)

// The shared exit codes (cli/CliSupport.h): a refused code is a problem found.
constexpr int ExitRefused = ExitProblem;

// Renders `text` as a QR code (byte mode, UTF-8 with ECI), one module = kModulePixels.
std::optional<QImage> renderQr(const QByteArray &text, QString *error) {
    ZXing::BitMatrix modules;
    try {
        modules = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                      .setEncoding(ZXing::CharacterSet::UTF8)
                      .setEccLevel(kEccLevel)
                      .setMargin(0)
                      .encode(QString::fromUtf8(text).toStdWString(), 0, 0);
    } catch (const std::exception &e) {
        *error = QString::fromLocal8Bit(e.what());
        return std::nullopt;
    }
    const int side = (modules.width() + 2 * kQuietZoneModules) * kModulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < modules.height(); ++y) {
        for (int x = 0; x < modules.width(); ++x) {
            if (!modules.get(x, y))
                continue;
            const int left = (x + kQuietZoneModules) * kModulePixels;
            const int top = (y + kQuietZoneModules) * kModulePixels;
            for (int row = top; row < top + kModulePixels; ++row)
                std::memset(image.scanLine(row) + left, 0, kModulePixels);
        }
    }
    return image;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error,
               QFileDevice::Permissions permissions = {}) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error =
            QCoreApplication::translate("cli", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (permissions && !file.setPermissions(permissions)) {
        *error = QCoreApplication::translate("cli", "Cannot restrict the permissions of %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (!file.commit()) {
        *error =
            QCoreApplication::translate("cli", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeImage(const QString &path, const QImage &image, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error =
            QCoreApplication::translate("cli", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// A secret key file holds 128 hex digits (as --gen-keypair writes) or 64 raw bytes.
std::optional<QByteArray> readSecretKey(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cli", "Cannot read the signing key %1: %2")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.readAll();
    if (content.size() == ed25519::kSecretKeyBytes)
        return content;
    const QByteArray hex = content.trimmed();
    const bool allHex = std::all_of(hex.begin(), hex.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
    if (allHex && hex.size() == 2 * ed25519::kSecretKeyBytes)
        return QByteArray::fromHex(hex);
    *error =
        QCoreApplication::translate(
            "cli", "The signing key %1 is not an Ed25519 secret key: expected %2 hex digits or %3 "
                   "bytes.")
            .arg(path)
            .arg(2 * ed25519::kSecretKeyBytes)
            .arg(ed25519::kSecretKeyBytes);
    return std::nullopt;
}

int generateKeyPair(const QString &prefix, QTextStream &out, QTextStream &err) {
    const QString publicPath = prefix + QStringLiteral(".pub");
    const QString secretPath = prefix + QStringLiteral(".key");
    if (QFile::exists(secretPath)) {
        err << QCoreApplication::translate("cli",
                                           "%1 exists already; a secret key is never overwritten.")
                   .arg(secretPath)
            << '\n';
        return ExitRefused;
    }
    const ed25519::KeyPair keys = ed25519::generateKeyPair();
    QString error;
    if (keys.secretKey.isEmpty() ||
        !writeFile(secretPath, keys.secretKey.toHex() + '\n', &error,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        !writeFile(publicPath, keys.publicKey.toHex() + '\n', &error)) {
        err << (error.isEmpty() ? QCoreApplication::translate("cli", "Cannot generate a key pair.")
                                : error)
            << '\n';
        return ExitRefused;
    }
    out << QCoreApplication::translate("cli",
                                       "Wrote the public key to %1 and the secret key to %2.")
               .arg(publicPath, secretPath)
        << '\n';
    return ExitOk;
}

struct CodeOptions {
    QCommandLineOption rid{
        QStringLiteral("rid"),
        QCoreApplication::translate("cli", "Registration id (8-32 of A-Z a-z 0-9 -)."),
        QStringLiteral("ID")};
    QCommandLineOption name{QStringLiteral("name"),
                            QCoreApplication::translate("cli", "Name of the resident."),
                            QStringLiteral("NAME")};
    QCommandLineOption idType{
        QStringLiteral("id-type"),
        QCoreApplication::translate("cli",
                                    "ID document type: 01, 02, 03, 04, 05, 06 or 99 (default 01)."),
        QStringLiteral("CODE"), QStringLiteral("01")};
    QCommandLineOption id{QStringLiteral("id"),
                          QCoreApplication::translate("cli", "ID document number."),
                          QStringLiteral("NUMBER")};
    QCommandLineOption phone{QStringLiteral("phone"),
                             QCoreApplication::translate("cli", "Phone number (optional)."),
                             QStringLiteral("PHONE")};
    QCommandLineOption address{QStringLiteral("address"),
                               QCoreApplication::translate("cli", "Address (optional)."),
                               QStringLiteral("ADDRESS")};
    QCommandLineOption group{
        QStringLiteral("group"),
        QCoreApplication::translate("cli", "Population group code (optional)."),
        QStringLiteral("GROUP")};
    QCommandLineOption expires{
        QStringLiteral("expires"),
        QCoreApplication::translate("cli", "Last valid day, YYYY-MM-DD (optional)."),
        QStringLiteral("DATE")};
    QCommandLineOption signKey{
        QStringLiteral("sign-key"),
        QCoreApplication::translate(
            "cli", "Sign with this Ed25519 secret key file (hex or 64 raw bytes)."),
        QStringLiteral("FILE")};
    QCommandLineOption out{
        QStringLiteral("out"),
        QCoreApplication::translate(
            "cli", "Write PREFIX.txt and PREFIX.png instead of printing the text."),
        QStringLiteral("PREFIX")};
    QCommandLineOption genKeyPair{
        QStringLiteral("gen-keypair"),
        QCoreApplication::translate("cli",
                                    "Write a new signing key pair to PREFIX.pub and PREFIX.key "
                                    "(hex) and exit."),
        QStringLiteral("PREFIX")};
    QCommandLineOption dataDir{
        QStringLiteral("data-dir"),
        QCoreApplication::translate("cli", "Station data directory (not used by this command)."),
        QStringLiteral("DIR")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("cli", "Show this help.")};
};

// The code as the command line gives it, as raw JSON text, so that the station's own
// parser judges every field exactly as it would at the table.
QByteArray rawCodeText(const QCommandLineParser &parser, const CodeOptions &o) {
    QJsonObject object;
    object.insert(QStringLiteral("t"), QStringLiteral("rc"));
    object.insert(QStringLiteral("v"), 1);
    const std::pair<const QCommandLineOption *, const char *> fields[] = {
        {&o.rid, "rid"}, {&o.name, "n"},    {&o.idType, "it"}, {&o.id, "id"},
        {&o.phone, "p"}, {&o.address, "a"}, {&o.group, "g"},   {&o.expires, "e"}};
    for (const auto &[option, key] : fields) {
        if (parser.isSet(*option) || option == &o.idType)
            object.insert(QString::fromLatin1(key), parser.value(*option));
    }
    return canonicaljson::serialize(object);
}

int writeCode(const QCommandLineParser &parser, const CodeOptions &o, QTextStream &out,
              QTextStream &err) {
    for (const QCommandLineOption *required : {&o.rid, &o.name, &o.id}) {
        if (!parser.isSet(*required)) {
            err << QCoreApplication::translate("cli", "Missing --%1.")
                       .arg(required->names().constFirst())
                << '\n';
            return ExitUsage;
        }
    }
    const QDate today = QDate::currentDate();
    const ResidentCodeResult checked = ResidentCodeParser().parse(rawCodeText(parser, o), today);
    if (!checked.ok()) {
        err << QCoreApplication::translate("cli", "Refused: %1").arg(checked.message) << '\n';
        return ExitRefused;
    }

    QByteArray secretKey;
    QString error;
    if (parser.isSet(o.signKey)) {
        const std::optional<QByteArray> key = readSecretKey(parser.value(o.signKey), &error);
        if (!key) {
            err << error << '\n';
            return ExitRefused;
        }
        secretKey = *key;
    }
    // Written from the parsed code, so the ID number is normalised (x -> X, 15 -> 18).
    const QByteArray text = encodeResidentCode(*checked.code, secretKey);
    if (!secretKey.isEmpty()) {
        const QByteArray publicKey = ed25519::publicKeyFromSecretKey(secretKey);
        const ResidentCodeResult verified = ResidentCodeParser(publicKey).parse(text, today);
        if (!verified.ok()) {
            err << QCoreApplication::translate("cli", "The signed code does not verify: %1")
                       .arg(verified.message)
                << '\n';
            return ExitRefused;
        }
    }

    if (!parser.isSet(o.out)) {
        out << QString::fromUtf8(text) << '\n';
        return ExitOk;
    }
    const QString prefix = parser.value(o.out);
    const std::optional<QImage> image = renderQr(text, &error);
    if (!image) {
        err << QCoreApplication::translate("cli", "Cannot make a QR code of this text: %1")
                   .arg(error)
            << '\n';
        return ExitRefused;
    }
    const QString textPath = prefix + QStringLiteral(".txt");
    const QString imagePath = prefix + QStringLiteral(".png");
    if (!writeFile(textPath, text, &error) || !writeImage(imagePath, *image, &error)) {
        err << error << '\n';
        return ExitRefused;
    }
    out << QCoreApplication::translate("cli", "Wrote %1 and %2.").arg(textPath, imagePath) << '\n';
    return ExitOk;
}

} // namespace

int runResidentCode(const QStringList &args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Writes a resident registration code (resident-code v1) as text, or as PREFIX.txt "
               "and a QR code PREFIX.png, after checking it exactly as a station would."));
    const CodeOptions options;
    parser.addOptions({options.rid, options.name, options.idType, options.id, options.phone,
                       options.address, options.group, options.expires, options.signKey,
                       options.out, options.genKeyPair, options.dataDir, options.help});
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << seeCommandHelp(args.value(0)) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(options.help)) {
        out << commandHelpText(parser, args.value(0));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("cli", "Unexpected argument: %1")
                   .arg(parser.positionalArguments().constFirst())
            << '\n';
        return ExitUsage;
    }
    if (parser.isSet(options.genKeyPair))
        return generateKeyPair(parser.value(options.genKeyPair), out, err);
    return writeCode(parser, options, out, err);
}

} // namespace station::cli
