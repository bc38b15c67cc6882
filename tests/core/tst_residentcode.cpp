// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/Ed25519.h"
#include "core/domain/ResidentCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

using namespace station;

Q_DECLARE_METATYPE(station::ResidentCodeError)
Q_DECLARE_METATYPE(station::IdProblem)

namespace {

const QDate kToday(2026, 6, 1);

const QByteArray kSpecExample =
    R"({"t":"rc","v":1,"rid":"R20210604-000123","n":"陈秀英","it":"01","id":"44010319800101001X","p":"13800138000"})";

// The spec's example with members changed: a null value removes the key, a key that is
// not in the example is appended. Values are raw JSON text.
QByteArray example(std::initializer_list<std::pair<const char *, const char *>> changes = {}) {
    std::vector<std::pair<QByteArray, QByteArray>> members = {
        {"t", R"("rc")"},         {"v", "1"},        {"rid", R"("R20210604-000123")"},
        {"n", R"("陈秀英")"},     {"it", R"("01")"}, {"id", R"("44010319800101001X")"},
        {"p", R"("13800138000")"}};
    for (const auto &change : changes) {
        auto it = std::find_if(members.begin(), members.end(),
                               [&](const auto &m) { return m.first == change.first; });
        if (change.second == nullptr) {
            if (it != members.end())
                members.erase(it);
        } else if (it != members.end()) {
            it->second = change.second;
        } else {
            members.emplace_back(change.first, change.second);
        }
    }
    QByteArray text = "{";
    for (const auto &m : members) {
        if (text.size() > 1)
            text += ',';
        text += '"' + m.first + "\":" + m.second;
    }
    return text + '}';
}

QByteArray quoted(const QString &s) {
    return '"' + s.toUtf8() + '"';
}

ResidentCode sampleCode() {
    ResidentCode code;
    code.registrationId = QStringLiteral("R20210604-000123");
    code.name = QStringLiteral("陈秀英");
    code.idType = IdType::ResidentCard;
    code.idNumber = QStringLiteral("44010319800101001X");
    code.phone = QStringLiteral("13800138000");
    return code;
}

QByteArray fromHex(const char *hex) {
    return QByteArray::fromHex(hex);
}

} // namespace

class TestResidentCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specExampleParses();
    void validCodes_data();
    void validCodes();
    void errors_data();
    void errors();
    void versionMessageNamesBothVersions();
    void badIdNumberCarriesTheReason();
    void signedCodeVerifies();
    void signatureIgnoredWithoutKey();
    void unsignedCodesTakenOnlyWhenAccepted();
    void signatureRefusals_data();
    void signatureRefusals();
    void signatureSurvivesReformatting();
    void ed25519KnownAnswer();
    void canonicalText_data();
    void canonicalText();
    void encodeMatchesSpecExample();
    void encodeParseRoundTrip_data();
    void encodeParseRoundTrip();
    void encodeRefusesWrongKeySize();
};

void TestResidentCode::specExampleParses() {
    QCOMPARE(example(), kSpecExample);
    const ResidentCodeResult result = ResidentCodeParser().parse(kSpecExample, kToday);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.error, ResidentCodeError::None);
    const ResidentCode &code = *result.code;
    QCOMPARE(code.registrationId, QStringLiteral("R20210604-000123"));
    QCOMPARE(code.name, QStringLiteral("陈秀英"));
    QCOMPARE(code.idType, IdType::ResidentCard);
    QCOMPARE(code.idNumber, QStringLiteral("44010319800101001X"));
    QCOMPARE(code.phone, QStringLiteral("13800138000"));
    QVERIFY(code.address.isEmpty());
    QVERIFY(code.group.isEmpty());
    QVERIFY(!code.validUntil.has_value());
    QVERIFY(!code.signatureVerified);
}

void TestResidentCode::validCodes_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field"); // which member to look at
    QTest::addColumn<QString>("value"); // its parsed value

    QTest::newRow("name trimmed") << example({{"n", R"("  陈秀英 ")"}}) << QStringLiteral("n")
                                  << QStringLiteral("陈秀英");
    QTest::newRow("name of 64 characters")
        << example({{"n", quoted(QString(64, QChar(0x9648))).constData()}}) << QStringLiteral("n")
        << QString(64, QChar(0x9648));
    QTest::newRow("name outside the BMP counts once")
        << example({{"n", quoted(QString(32, QChar(0x9648)) + QStringLiteral("𠀀").repeated(32))
                              .constData()}})
        << QStringLiteral("n") << QString(32, QChar(0x9648)) + QStringLiteral("𠀀").repeated(32);
    QTest::newRow("x normalised") << example({{"id", R"("44010319800101001x")"}})
                                  << QStringLiteral("id") << QStringLiteral("44010319800101001X");
    QTest::newRow("15 digits upgraded")
        << example({{"id", R"("440103800101001")"}}) << QStringLiteral("id")
        << QStringLiteral("44010319800101001X");
    QTest::newRow("passport") << example({{"it", R"("04")"}, {"id", R"("E12345678")"}})
                              << QStringLiteral("id") << QStringLiteral("E12345678");
    QTest::newRow("no phone") << example({{"p", nullptr}}) << QStringLiteral("p") << QString();
    QTest::newRow("empty phone") << example({{"p", R"("")"}}) << QStringLiteral("p") << QString();
    QTest::newRow("international phone") << example({{"p", R"("+85291234567")"}})
                                         << QStringLiteral("p") << QStringLiteral("+85291234567");
    QTest::newRow("address 128") << example(
                                        {{"a", quoted(QString(128, QChar(0x8DEF))).constData()}})
                                 << QStringLiteral("a") << QString(128, QChar(0x8DEF));
    QTest::newRow("group") << example({{"g", R"("KEY_POP_1")"}}) << QStringLiteral("g")
                           << QStringLiteral("KEY_POP_1");
    QTest::newRow("expires today") << example({{"e", R"("2026-06-01")"}}) << QStringLiteral("e")
                                   << QStringLiteral("2026-06-01");
    QTest::newRow("expires later") << example({{"e", R"("2027-01-31")"}}) << QStringLiteral("e")
                                   << QStringLiteral("2027-01-31");
    QTest::newRow("unknown keys ignored")
        << example({{"zz", R"({"n":1,"n":2,"deep":[{"x":"}"}]})"}, {"q", "[1,2]"}})
        << QStringLiteral("n") << QStringLiteral("陈秀英");
    QTest::newRow("escaped key and value") << example({{"n", R"("\u9648\u79c0\u82f1")"}})
                                           << QStringLiteral("n") << QStringLiteral("陈秀英");
    QTest::newRow("whitespace between tokens")
        << QByteArray(" {\n \"t\" : \"rc\" ,\t\"v\":1,\"rid\":\"R20210604-000123\",\"n\":\"A\","
                      "\"it\":\"99\",\"id\":\"X1\"}\r\n")
        << QStringLiteral("id") << QStringLiteral("X1");
    QTest::newRow("signature ignored without key")
        << example({{"s", R"("not-a-signature")"}}) << QStringLiteral("n")
        << QStringLiteral("陈秀英");
    QTest::newRow("non-text signature ignored without key")
        << example({{"s", "12"}}) << QStringLiteral("n") << QStringLiteral("陈秀英");
}

void TestResidentCode::validCodes() {
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const ResidentCodeResult result = ResidentCodeParser().parse(text, kToday);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.error, ResidentCodeError::None);
    QVERIFY(result.message.isEmpty());
    const ResidentCode &code = *result.code;
    QString actual;
    if (field == QLatin1String("n"))
        actual = code.name;
    else if (field == QLatin1String("id"))
        actual = code.idNumber;
    else if (field == QLatin1String("p"))
        actual = code.phone;
    else if (field == QLatin1String("a"))
        actual = code.address;
    else if (field == QLatin1String("g"))
        actual = code.group;
    else if (field == QLatin1String("e"))
        actual = code.validUntil ? code.validUntil->toString(Qt::ISODate) : QString();
    QCOMPARE(actual, value);
}

void TestResidentCode::errors_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ResidentCodeError>("error");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart"); // the message must contain this

    using E = ResidentCodeError;
    auto row = [](const char *name, const QByteArray &text, E error, const char *field,
                  const char *messagePart) {
        QTest::newRow(name) << text << error << QString::fromLatin1(field)
                            << QString::fromUtf8(messagePart);
    };

    // Structure
    row("invalid UTF-8 byte", "{\"t\":\"rc\",\"n\":\"\xff\"}", E::NotUtf8, "", "UTF-8");
    row("overlong UTF-8", "{\"t\":\"rc\",\"n\":\"\xc0\xaf\"}", E::NotUtf8, "", "UTF-8");
    row("truncated UTF-8", "{\"t\":\"rc\",\"n\":\"\xe9\x99\"}", E::NotUtf8, "", "UTF-8");
    row("empty", "", E::NotJson, "", "empty");
    row("blank", "  \r\n", E::NotJson, "", "empty");
    row("plain text", "TUBE00012345", E::NotJson, "", "not valid JSON");
    row("truncated JSON", R"({"t":"rc","v":1)", E::NotJson, "", "not valid JSON");
    row("trailing garbage", example() + " x", E::NotJson, "", "not valid JSON");
    row("two values", "1,2", E::NotJson, "", "not valid JSON");
    row("array", R"([{"t":"rc"}])", E::NotAnObject, "", "not an object");
    row("string", R"("rc")", E::NotAnObject, "", "not an object");
    row("number", "42", E::NotAnObject, "", "not an object");
    row("null", "null", E::NotAnObject, "", "not an object");
    row("duplicate name", example({{"x", "0"}}).replace("\"x\":0", R"("n":"王五")"),
        E::DuplicateKey, "n", "“n” appears more than once");
    row("duplicate by escape", example({{"\\u0074", R"("rc")"}}), E::DuplicateKey, "t",
        "more than once");
    row("duplicate unknown key", example({{"x", "1"}}).replace("}", R"(,"x":2})"), E::DuplicateKey,
        "x", "more than once");
    // Record type and version
    row("t missing", example({{"t", nullptr}}), E::WrongRecordType, "t", "no record type");
    row("t other", example({{"t", R"("tube")"}}), E::WrongRecordType, "t", "“tube”");
    row("t number", example({{"t", "1"}}), E::WrongRecordType, "t", "not “rc”");
    row("v missing", example({{"v", nullptr}}), E::MissingField, "v", "no version");
    row("v text", example({{"v", R"("1")"}}), E::BadFieldType, "v", "must be a number");
    row("v 2", example({{"v", "2"}}), E::UnsupportedVersion, "v", "version 2;");
    row("v 0", example({{"v", "0"}}), E::UnsupportedVersion, "v", "version 0;");
    row("v 1.5", example({{"v", "1.5"}}), E::UnsupportedVersion, "v", "version 1.5;");
    // Missing required fields
    row("rid missing", example({{"rid", nullptr}}), E::MissingField, "rid", "registration id");
    row("n missing", example({{"n", nullptr}}), E::MissingField, "n", "no name");
    row("it missing", example({{"it", nullptr}}), E::MissingField, "it", "ID document type");
    row("id missing", example({{"id", nullptr}}), E::MissingField, "id", "no ID number");
    // Wrong JSON types
    row("rid number", example({{"rid", "20210604000123"}}), E::BadFieldType, "rid",
        "must be text, not a number");
    row("n null", example({{"n", "null"}}), E::BadFieldType, "n", "not null");
    row("it number", example({{"it", "1"}}), E::BadFieldType, "it", "not a number");
    row("id number", example({{"id", "440103198001010010"}}), E::BadFieldType, "id",
        "not a number");
    row("p number", example({{"p", "13800138000"}}), E::BadFieldType, "p", "phone number");
    row("a list", example({{"a", R"(["x"])"}}), E::BadFieldType, "a", "not a list");
    row("g bool", example({{"g", "true"}}), E::BadFieldType, "g", "not true/false");
    row("e object", example({{"e", "{}"}}), E::BadFieldType, "e", "not an object");
    // Registration id
    row("rid 7", example({{"rid", R"("R202106")"}}), E::BadRegistrationId, "rid", "7 characters");
    row("rid 33",
        example({{"rid", quoted(QLatin1Char('R') + QString(32, QLatin1Char('0'))).constData()}}),
        E::BadRegistrationId, "rid", "33 characters");
    row("rid underscore", example({{"rid", R"("R20210604_000123")"}}), E::BadRegistrationId, "rid",
        "“_”");
    row("rid space", example({{"rid", R"("R20210604 000123")"}}), E::BadRegistrationId, "rid",
        "U+0020");
    // Name
    row("n empty", example({{"n", R"("")"}}), E::BadName, "n", "empty");
    row("n blank", example({{"n", R"("   ")"}}), E::BadName, "n", "empty");
    row("n 65", example({{"n", quoted(QString(65, QLatin1Char('A'))).constData()}}), E::BadName,
        "n", "65 characters");
    row("n control", example({{"n", R"("陈\u0007秀英")"}}), E::BadName, "n", "U+0007");
    row("n newline inside", example({{"n", R"("陈\n秀英")"}}), E::BadName, "n", "control");
    row("n lone surrogate", example({{"n", R"("陈\ud800")"}}), E::BadName, "n", "invalid");
    // ID type and number
    row("it 07", example({{"it", R"("07")"}}), E::BadIdType, "it", "“07”");
    row("it 1", example({{"it", R"("1")"}}), E::BadIdType, "it", "not a known");
    row("id check digit", example({{"id", R"("440103198001010011")"}}), E::BadIdNumber, "id",
        "check digit does not fit");
    row("id future birth", example({{"id", R"("110105202606020013")"}}), E::BadIdNumber, "id",
        "future");
    row("id empty", example({{"id", R"("")"}}), E::BadIdNumber, "id", "empty");
    row("id wrong for type", example({{"it", R"("02")"}}), E::BadIdNumber, "id", "11 characters");
    // Phone
    row("p 10 digits", example({{"p", R"("1380013800")"}}), E::BadPhone, "p", "11 digits");
    row("p not starting 1", example({{"p", R"("23800138000")"}}), E::BadPhone, "p", "not valid");
    row("p + 5 digits", example({{"p", R"("+12345")"}}), E::BadPhone, "p", "6 to 15");
    row("p + 16 digits", example({{"p", R"("+1234567890123456")"}}), E::BadPhone, "p", "not valid");
    row("p dashes", example({{"p", R"("138-0013-8000")"}}), E::BadPhone, "p", "“-”");
    // Address and group
    row("a 129", example({{"a", quoted(QString(129, QChar(0x8DEF))).constData()}}), E::BadAddress,
        "a", "129 characters");
    row("g lower-case", example({{"g", R"("key")"}}), E::BadGroup, "g", "“k”");
    row("g 17", example({{"g", R"("ABCDEFGHIJKLMNOPQ")"}}), E::BadGroup, "g", "17 characters");
    // Expiry
    row("e month 13", example({{"e", R"("2026-13-01")"}}), E::BadExpiry, "e", "2026-13-01");
    row("e 30 February", example({{"e", R"("2026-02-30")"}}), E::BadExpiry, "e", "YYYY-MM-DD");
    row("e short form", example({{"e", R"("2026-6-1")"}}), E::BadExpiry, "e", "YYYY-MM-DD");
    row("e no dashes", example({{"e", R"("20260601")"}}), E::BadExpiry, "e", "YYYY-MM-DD");
    row("e yesterday", example({{"e", R"("2026-05-31")"}}), E::Expired, "e",
        "valid until 2026-05-31");
}

void TestResidentCode::errors() {
    QFETCH(QByteArray, text);
    QFETCH(ResidentCodeError, error);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    const ResidentCodeResult result = ResidentCodeParser().parse(text, kToday);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QCOMPARE(result.field, field);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
}

void TestResidentCode::versionMessageNamesBothVersions() {
    const ResidentCodeResult result = ResidentCodeParser().parse(example({{"v", "2"}}), kToday);
    QCOMPARE(result.message,
             QStringLiteral("This code is version 2; this station reads version 1."));
}

void TestResidentCode::badIdNumberCarriesTheReason() {
    const ResidentCodeResult checkDigit =
        ResidentCodeParser().parse(example({{"id", R"("440103198001010011")"}}), kToday);
    QCOMPARE(checkDigit.idProblem, IdProblem::BadCheckDigit);
    const ResidentCodeResult birth =
        ResidentCodeParser().parse(example({{"id", R"("110105198002300015")"}}), kToday);
    QCOMPARE(birth.idProblem, IdProblem::BadBirthDate);
    const ResidentCodeResult other = ResidentCodeParser().parse(example({{"p", R"("1")"}}), kToday);
    QCOMPARE(other.idProblem, IdProblem::None);
}

void TestResidentCode::signedCodeVerifies() {
    const ed25519::KeyPair keys = ed25519::generateKeyPair();
    QCOMPARE(keys.publicKey.size(), ed25519::kPublicKeyBytes);
    QCOMPARE(keys.secretKey.size(), ed25519::kSecretKeyBytes);
    QCOMPARE(ed25519::publicKeyFromSecretKey(keys.secretKey), keys.publicKey);

    ResidentCode code = sampleCode();
    code.address = QStringLiteral("广州市越秀区\"中山\"路\\1号");
    code.group = QStringLiteral("KEY_POP");
    code.validUntil = QDate(2026, 6, 30);
    const QByteArray text = encodeResidentCode(code, keys.secretKey);
    QVERIFY(text.contains("\"s\":\""));

    const ResidentCodeParser parser(keys.publicKey);
    QVERIFY(parser.verifiesSignatures());
    const ResidentCodeResult result = parser.parse(text, kToday);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.code->signatureVerified);
    QCOMPARE(result.code->address, code.address);
}

void TestResidentCode::unsignedCodesTakenOnlyWhenAccepted() {
    const ed25519::KeyPair keys = ed25519::generateKeyPair();
    const QByteArray unsignedText = encodeResidentCode(sampleCode());
    const ResidentCodeParser strict(keys.publicKey);
    QCOMPARE(strict.parse(unsignedText, kToday).error, ResidentCodeError::SignatureMissing);

    const ResidentCodeParser lenient(keys.publicKey, UnsignedCodes::Accept);
    const ResidentCodeResult taken = lenient.parse(unsignedText, kToday);
    QVERIFY2(taken.ok(), qPrintable(taken.message));
    QVERIFY(!taken.code->signatureVerified);
    // A signature, when there is one, is still checked.
    const QByteArray signedText = encodeResidentCode(sampleCode(), keys.secretKey);
    const ResidentCodeResult verified = lenient.parse(signedText, kToday);
    QVERIFY2(verified.ok(), qPrintable(verified.message));
    QVERIFY(verified.code->signatureVerified);
    const QByteArray forged =
        encodeResidentCode(sampleCode(), ed25519::generateKeyPair().secretKey);
    QCOMPARE(lenient.parse(forged, kToday).error, ResidentCodeError::SignatureInvalid);
}

void TestResidentCode::signatureIgnoredWithoutKey() {
    const ed25519::KeyPair keys = ed25519::generateKeyPair();
    const QByteArray text = encodeResidentCode(sampleCode(), keys.secretKey);
    const ResidentCodeParser parser;
    QVERIFY(!parser.verifiesSignatures());
    const ResidentCodeResult result = parser.parse(text, kToday);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.code->signatureVerified);

    // A tampered signed code is still read by a station that has no key.
    QByteArray tampered = text;
    tampered.replace("陈秀英", "王五");
    const ResidentCodeResult tamperedResult = parser.parse(tampered, kToday);
    QVERIFY2(tamperedResult.ok(), qPrintable(tamperedResult.message));
    QCOMPARE(tamperedResult.code->name, QStringLiteral("王五"));
}

void TestResidentCode::signatureRefusals_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ResidentCodeError>("error");
    QTest::addColumn<QString>("messagePart");

    // One key pair for the rows, made here so that the test function can verify with it.
    static const ed25519::KeyPair keys = ed25519::generateKeyPair();
    static const ed25519::KeyPair otherKeys = ed25519::generateKeyPair();
    QTest::addColumn<QByteArray>("publicKey");

    const QByteArray signedText = encodeResidentCode(sampleCode(), keys.secretKey);
    const QJsonObject signedObject = QJsonDocument::fromJson(signedText).object();
    const QString signature = signedObject.value(QStringLiteral("s")).toString();
    QCOMPARE(signature.size(), 86); // 64 bytes in base64url without padding
    auto withSignature = [&](const QByteArray &s) {
        QByteArray text = signedText;
        return text.replace(signature.toLatin1(), s);
    };

    using E = ResidentCodeError;
    QTest::newRow("unsigned") << encodeResidentCode(sampleCode()) << E::SignatureMissing
                              << QStringLiteral("not signed") << keys.publicKey;
    QTest::newRow("name altered") << QByteArray(signedText).replace("陈秀英", "王五")
                                  << E::SignatureInvalid << QStringLiteral("does not match")
                                  << keys.publicKey;
    QTest::newRow("phone altered")
        << QByteArray(signedText).replace("13800138000", "13900139000") << E::SignatureInvalid
        << QStringLiteral("does not match") << keys.publicKey;
    QTest::newRow("key added after signing")
        << QByteArray(signedText).replace("{", R"({"x":1,)") << E::SignatureInvalid
        << QStringLiteral("does not match") << keys.publicKey;
    QTest::newRow("signed by another key")
        << signedText << E::SignatureInvalid << QStringLiteral("does not match")
        << otherKeys.publicKey;
    QTest::newRow("padded base64")
        << withSignature(signature.toLatin1() + "==") << E::SignatureInvalid
        << QStringLiteral("base64url") << keys.publicKey;
    QTest::newRow("standard base64 alphabet")
        << withSignature(QByteArray(85, 'A') + '+') << E::SignatureInvalid
        << QStringLiteral("base64url") << keys.publicKey;
    QTest::newRow("63 bytes") << withSignature(signature.left(84).toLatin1()) << E::SignatureInvalid
                              << QStringLiteral("63 bytes") << keys.publicKey;
    QTest::newRow("empty signature")
        << withSignature("") << E::SignatureInvalid << QStringLiteral("0 bytes") << keys.publicKey;
    QTest::newRow("signature not text")
        << QByteArray(signedText).replace(QByteArray('"' + signature.toLatin1() + '"'), "7")
        << E::BadFieldType << QStringLiteral("signature") << keys.publicKey;
    QTest::newRow("public key of wrong size")
        << signedText << E::SignatureInvalid << QStringLiteral("does not match")
        << keys.publicKey.left(31);
}

void TestResidentCode::signatureRefusals() {
    QFETCH(QByteArray, text);
    QFETCH(ResidentCodeError, error);
    QFETCH(QString, messagePart);
    QFETCH(QByteArray, publicKey);

    if (publicKey.size() != ed25519::kPublicKeyBytes)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("public key")));
    const ResidentCodeResult result = ResidentCodeParser(publicKey).parse(text, kToday);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QCOMPARE(result.field, QStringLiteral("s"));
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
}

void TestResidentCode::signatureSurvivesReformatting() {
    // The signature covers the canonical text, not the bytes of the QR code.
    const ed25519::KeyPair keys = ed25519::generateKeyPair();
    ResidentCode code = sampleCode();
    code.address = QStringLiteral("Flat 2/F, \"Lucky\" Bldg\t香港");
    const QByteArray text = encodeResidentCode(code, keys.secretKey);
    const QByteArray reformatted =
        QJsonDocument(QJsonDocument::fromJson(text).object()).toJson(QJsonDocument::Indented);
    QVERIFY(reformatted != text);
    const ResidentCodeResult result = ResidentCodeParser(keys.publicKey).parse(reformatted, kToday);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.code->signatureVerified);
}

void TestResidentCode::ed25519KnownAnswer() {
    // RFC 8032 section 7.1, test 1 (empty message).
    const QByteArray seed =
        fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray publicKey =
        fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray expected =
        fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
                "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    const QByteArray secretKey = seed + publicKey;
    QCOMPARE(ed25519::publicKeyFromSecretKey(secretKey), publicKey);
    QCOMPARE(ed25519::sign(QByteArray(), secretKey), expected);
    QVERIFY(ed25519::verify(QByteArray(), expected, publicKey));
    QVERIFY(!ed25519::verify(QByteArrayLiteral("x"), expected, publicKey));
    QVERIFY(ed25519::sign(QByteArray(), seed).isEmpty());
}

void TestResidentCode::canonicalText_data() {
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QByteArray>("canonical");

    QTest::newRow("keys sorted") << QJsonObject{{QStringLiteral("v"), 1},
                                                {QStringLiteral("t"), QStringLiteral("rc")},
                                                {QStringLiteral("it"), QStringLiteral("01")},
                                                {QStringLiteral("id"), QStringLiteral("X")}}
                                 << QByteArray(R"({"id":"X","it":"01","t":"rc","v":1})");
    // U+FF61 sorts before U+1F600 in UTF-8 (EF.. < F0..) but after it in UTF-16
    // (FF61 > D83D), which is the order QJsonObject and QJsonDocument use.
    QTest::newRow("UTF-8 byte order")
        << QJsonObject{{QStringLiteral("😀"), 1}, {QStringLiteral("｡"), 2}, {QStringLiteral("a"), 3}}
        << QByteArray(R"({"a":3,"｡":2,"😀":1})");
    QTest::newRow("escapes") << QJsonObject{{QStringLiteral("n"),
                                             QString(QStringLiteral("a\"b\\c/d\n\t\r\b\f") +
                                                     QChar(0x01) + QChar(0x1f) + QChar(0x7f) +
                                                     QStringLiteral("é陈𠀀"))}}
                             << QByteArray("{\"n\":\"a\\\"b\\\\c/d\\n\\t\\r\\b\\f\\u0001\\u001f\x7f"
                                           "é陈𠀀\"}");
    QTest::newRow("lone surrogate escaped")
        << QJsonObject{{QStringLiteral("n"), QString(QChar(0xd800))}}
        << QByteArray(R"({"n":"\ud800"})");
    QTest::newRow("values of every type")
        << QJsonObject{{QStringLiteral("b"), true},
                       {QStringLiteral("f"), false},
                       {QStringLiteral("z"), QJsonValue()},
                       {QStringLiteral("d"), 1.5},
                       {QStringLiteral("i"), -20},
                       {QStringLiteral("l"), QJsonArray{1, QStringLiteral("x"), QJsonArray{}}},
                       {QStringLiteral("o"), QJsonObject{{QStringLiteral("y"), 1},
                                                         {QStringLiteral("x"), QJsonObject{}}}}}
        << QByteArray(
               R"({"b":true,"d":1.5,"f":false,"i":-20,"l":[1,"x",[]],"o":{"x":{},"y":1},"z":null})");
    QTest::newRow("empty") << QJsonObject() << QByteArray("{}");
}

void TestResidentCode::canonicalText() {
    QFETCH(QJsonObject, object);
    QFETCH(QByteArray, canonical);
    QCOMPARE(canonicalResidentCodeText(object), canonical);
}

void TestResidentCode::encodeMatchesSpecExample() {
    QCOMPARE(encodeResidentCode(sampleCode()), kSpecExample);
}

void TestResidentCode::encodeParseRoundTrip_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("signedCode");

    QTest::newRow("Chinese") << QStringLiteral("陈秀英") << QStringLiteral("广州市越秀区") << false;
    QTest::newRow("Chinese signed")
        << QStringLiteral("欧阳娜娜") << QStringLiteral("深圳市南山区") << true;
    QTest::newRow("rare character") << QStringLiteral("𠀀䶵龘") << QString() << true;
    QTest::newRow("Uyghur and Latin")
        << QStringLiteral("ئەخمەت Smith-Jones") << QStringLiteral("A\\B \"C\"") << true;
    QTest::newRow("emoji in address")
        << QStringLiteral("Li Na") << QStringLiteral("Room 😀 1/2") << false;
}

void TestResidentCode::encodeParseRoundTrip() {
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(bool, signedCode);

    const ed25519::KeyPair keys = ed25519::generateKeyPair();
    ResidentCode code = sampleCode();
    code.name = name;
    code.address = address;
    code.group = QStringLiteral("G1");
    code.validUntil = QDate(2026, 12, 31);
    code.idType = IdType::HkMacaoTaiwanResidence;
    code.idNumber = QStringLiteral("810000199001011230");

    const QByteArray text = encodeResidentCode(code, signedCode ? keys.secretKey : QByteArray());
    QVERIFY(!text.isEmpty());
    const ResidentCodeParser parser(signedCode ? keys.publicKey : QByteArray());
    const ResidentCodeResult result = parser.parse(text, kToday);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const ResidentCode &back = *result.code;
    QCOMPARE(back.registrationId, code.registrationId);
    QCOMPARE(back.name, code.name);
    QCOMPARE(back.idType, code.idType);
    QCOMPARE(back.idNumber, code.idNumber);
    QCOMPARE(back.phone, code.phone);
    QCOMPARE(back.address, code.address);
    QCOMPARE(back.group, code.group);
    QCOMPARE(back.validUntil, code.validUntil);
    QCOMPARE(back.signatureVerified, signedCode);
    // The QR text is UTF-8 with non-ASCII written as itself, not as \u escapes.
    QVERIFY(text.contains(name.toUtf8()));
}

void TestResidentCode::encodeRefusesWrongKeySize() {
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("secret key")));
    QVERIFY(encodeResidentCode(sampleCode(), QByteArray(32, 'k')).isEmpty());
}

QTEST_GUILESS_MAIN(TestResidentCode)
#include "tst_residentcode.moc"
