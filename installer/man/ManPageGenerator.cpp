// SPDX-License-Identifier: GPL-3.0-or-later
// station-manpage TEMPLATE OUTPUT EXECUTABLE: writes a man page from its hand-written
// template (installer/man/*.1.in) and the --help of the program it documents, so that the
// options and commands in the page are the ones the program defines. Run by the build
// (installer/man/ManPages.cmake), in English (LC_ALL=C). Lines of the template that are
// roff comments name what goes in their place:
//   .\" @VERSION@            the .TH line's version: the program's --version
//   .\" @OPTIONS ARGS...@    the options of `EXECUTABLE ARGS... --help`
//   .\" @COMMANDS@           for each command `EXECUTABLE --help` lists: a subsection with
//                            its usage, description and options (`EXECUTABLE COMMAND --help`)
// Everything else is copied as it is. A program that fails to answer fails the build.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace {

QString g_executable;

[[noreturn]] void die(const QString &message) {
    std::fprintf(stderr, "station-manpage: %s\n", qPrintable(message));
    std::exit(1);
}

// `EXECUTABLE args`, in English, with no display; its standard output.
QString run(const QStringList &args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // Default paths in the help ("default: ~/.local/share/...") as any reader's, not the
    // builder's.
    env.insert(QStringLiteral("HOME"), QStringLiteral("~"));
    env.remove(QStringLiteral("XDG_DATA_HOME"));
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    process.setProcessEnvironment(env);
    process.start(g_executable, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        die(QStringLiteral("%1 %2 failed: %3")
                .arg(g_executable, args.join(QLatin1Char(' ')),
                     QString::fromLocal8Bit(process.readAllStandardError())));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text for roff: backslashes and hyphens escaped, no line starting with a control character.
QString roff(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    return text;
}

struct Help {
    QString usage;          // after "Usage: "
    QStringList paragraphs; // the description
    // Each option: its names line ("-h, --help", "--data-dir <DIR>") and its description.
    QList<QPair<QString, QString>> options;
    QList<QPair<QString, QString>> commands; // "Commands:" of the CLI: name, summary
};

// Qt's help layout: "Usage: ...", the description, then sections ("Options:", "Arguments:",
// or the CLI's "Commands:") of two-space indented entries whose descriptions are wrapped
// onto lines indented further.
Help parseHelp(const QString &text) {
    Help help;
    enum class Section { Description, Options, Commands, Other } section = Section::Description;
    QList<QPair<QString, QString>> *entries = nullptr;
    QString paragraph;
    QString previousLine; // of the entry being read
    static const QRegularExpression optionLine(
        QStringLiteral("^  ((?:-{1,2}[^\\s,<]+(?:, )?)+(?: <[^>]+>)?)(?: +(.*))?$"));
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]*) +(.*)$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (help.usage.isEmpty() && line.startsWith(QLatin1String("Usage: "))) {
            help.usage = line.mid(7).trimmed();
            continue;
        }
        if (line == QLatin1String("Options:") || line == QLatin1String("Arguments:") ||
            line == QLatin1String("Commands:")) {
            if (!paragraph.isEmpty())
                help.paragraphs.append(paragraph);
            paragraph.clear();
            section = line == QLatin1String("Options:")    ? Section::Options
                      : line == QLatin1String("Commands:") ? Section::Commands
                                                           : Section::Other;
            entries = section == Section::Options    ? &help.options
                      : section == Section::Commands ? &help.commands
                                                     : nullptr;
            continue;
        }
        if (section == Section::Description) {
            if (line.trimmed().isEmpty()) {
                if (!paragraph.isEmpty())
                    help.paragraphs.append(paragraph);
                paragraph.clear();
            } else {
                paragraph +=
                    (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
            }
            continue;
        }
        if (!entries || line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch entry =
            (section == Section::Options ? optionLine : commandLine).match(line);
        if (entry.hasMatch()) {
            entries->append({entry.captured(1), entry.captured(2).trimmed()});
            previousLine = line;
        } else if (!entries->isEmpty()) {
            // Qt wraps at 79 columns at a space, which it drops; a word too long for the
            // column (a URL) is cut where the column ends, with no space to put back.
            const int column = int(line.size() - line.trimmed().size());
            const QString previousChunk = previousLine.mid(column);
            const bool cut = previousLine.size() >= 79 && !previousChunk.contains(QLatin1Char(' '));
            QString &description = entries->last().second;
            description +=
                (description.isEmpty() || cut ? QString() : QStringLiteral(" ")) + line.trimmed();
            previousLine = line;
        } else {
            die(QStringLiteral("cannot read this line of the help: %1").arg(line));
        }
    }
    if (!paragraph.isEmpty())
        help.paragraphs.append(paragraph);
    return help;
}

// "-h, --help" in bold, "<DIR>" in italics.
QString optionNames(const QString &names) {
    static const QRegularExpression token(QStringLiteral("(-{1,2}[^\\s,<]+)|<([^>]+)>|(, | )"));
    QString out;
    QRegularExpressionMatchIterator it = token.globalMatch(names);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty())
            out += QStringLiteral("\\fB") + roff(m.captured(1)) + QStringLiteral("\\fR");
        else if (!m.captured(2).isEmpty())
            out += QStringLiteral("\\fI") + roff(m.captured(2)) + QStringLiteral("\\fR");
        else
            out += m.captured(3);
    }
    return out;
}

// `skipHelp`: leaves out -h/--help and --help-all, which every command has.
void writeOptions(QTextStream &out, const Help &help, bool skipHelp = false) {
    for (const auto &[names, description] : help.options) {
        if (skipHelp &&
            (names == QLatin1String("-h, --help") || names == QLatin1String("--help-all")))
            continue;
        out << ".TP\n" << optionNames(names) << '\n' << roff(description) << '\n';
    }
}

void writeCommands(QTextStream &out) {
    const Help top = parseHelp(run({QStringLiteral("--help")}));
    if (top.commands.isEmpty())
        die(QStringLiteral("%1 --help lists no commands").arg(g_executable));
    for (const auto &command : top.commands) {
        const Help help = parseHelp(run({command.first, QStringLiteral("--help")}));
        out << ".SS \"" << roff(command.first) << "\"\n";
        if (!help.usage.isEmpty())
            out << ".B " << roff(help.usage) << "\n.PP\n";
        // The command's own description says more than its line in the list.
        if (help.paragraphs.isEmpty())
            out << roff(command.second) << ".\n";
        for (int i = 0; i < help.paragraphs.size(); ++i)
            out << (i > 0 ? ".PP\n" : "") << roff(help.paragraphs.at(i)) << '\n';
        writeOptions(out, help, true);
    }
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        die(QStringLiteral("usage: station-manpage TEMPLATE OUTPUT EXECUTABLE"));
    g_executable = args.at(3);
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
        die(QStringLiteral("cannot read %1").arg(args.at(1)));
    QString page;
    QTextStream out(&page);
    static const QRegularExpression placeholder(QStringLiteral("^\\.\\\\\" @([A-Z]+)(.*)@$"));
    const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QRegularExpressionMatch m = placeholder.match(line);
        if (!m.hasMatch()) {
            out << line << (i + 1 < lines.size() ? "\n" : "");
            continue;
        }
        const QString what = m.captured(1);
        const QStringList commandArgs = m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (what == QLatin1String("VERSION")) {
            const QString version = run({QStringLiteral("--version")}).trimmed();
            out << ".TH " << commandArgs.join(QLatin1Char(' ')) << " \"Sampling Station "
                << version.section(QLatin1Char(' '), -1) << "\" \"User Commands\"\n";
        } else if (what == QLatin1String("OPTIONS")) {
            const Help help = parseHelp(run(commandArgs + QStringList{QStringLiteral("--help")}));
            if (help.options.isEmpty())
                die(QStringLiteral("%1 %2 --help lists no options")
                        .arg(g_executable, commandArgs.join(QLatin1Char(' '))));
            writeOptions(out, help);
        } else if (what == QLatin1String("COMMANDS")) {
            writeCommands(out);
        } else {
            die(QStringLiteral("unknown placeholder in %1: %2").arg(args.at(1), line));
        }
    }
    out.flush();
    QFile output(args.at(2));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        output.write(page.toUtf8()) < 0 || !output.flush())
        die(QStringLiteral("cannot write %1").arg(args.at(2)));
    return 0;
}
