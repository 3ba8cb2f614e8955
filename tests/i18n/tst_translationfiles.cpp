#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// What makes two messages the same message for lupdate.
struct MessageKey {
    QString context;
    QString source;
    QString comment;
    QString extraComment;
    bool numerus = false;

    QString describe() const {
        QString text = context + u" | \""_s + source + u'"';
        if (!comment.isEmpty())
            text += u" (comment: "_s + comment + u')';
        if (!extraComment.isEmpty())
            text += u" (note: "_s + extraComment + u')';
        if (numerus)
            text += u" [plural]"_s;
        return text;
    }
    bool operator<(const MessageKey &other) const {
        return std::tie(context, source, comment, extraComment, numerus) <
               std::tie(other.context, other.source, other.comment, other.extraComment,
                        other.numerus);
    }
};

struct Translation {
    QString type;
    QString text;
    QStringList forms;
};

using Messages = std::map<MessageKey, Translation>;

Messages readTs(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    Messages messages;
    QXmlStreamReader xml(&file);
    QString context;
    MessageKey key;
    Translation translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == "message"_L1)
                messages[key] = translation;
            continue;
        }
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            key = MessageKey{context, {}, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1};
            translation = Translation{};
        } else if (name == "source"_L1) {
            key.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            key.comment = xml.readElementText();
        } else if (name == "extracomment"_L1) {
            key.extraComment = xml.readElementText();
        } else if (name == "translation"_L1) {
            translation.type = xml.attributes().value("type"_L1).toString();
            if (!key.numerus)
                translation.text = xml.readElementText();
        } else if (name == "numerusform"_L1) {
            translation.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression placeholder(u"%(n|L?\\d{1,2})"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// One keyboard accelerator ("&Save"), not counting a literal "&&".
int acceleratorCount(QString text) {
    text.remove(u"&&"_s);
    static const QRegularExpression accelerator(u"&(?![a-zA-Z]+;)\\S"_s);
    return int(text.count(accelerator));
}

QString committed(const QString &language) {
    return QStringLiteral(VIDEODB_TRANSLATIONS_DIR) + u"/videodb-downloads_"_s + language +
           u".ts"_s;
}

} // namespace

class TranslationFilesTest final : public QObject {
    Q_OBJECT

private:
    // What lupdate finds in the code now, in a fresh .ts of that language.
    Messages scanSources(const QString &language, const QStringList &extraOptions) {
        QTemporaryDir dir;
        if (!dir.isValid())
            return {};
        const QString ts = dir.filePath(u"videodb-downloads_"_s + language + u".ts"_s);
        QProcess lupdate;
        lupdate.start(QStringLiteral(VIDEODB_LUPDATE),
                      QStringLiteral(VIDEODB_LUPDATE_ARGUMENTS).split(u'|') + extraOptions +
                          QStringList{u"-ts"_s, ts});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            qWarning().noquote() << "lupdate failed:" << lupdate.readAllStandardError();
            return {};
        }
        QString error;
        Messages messages = readTs(ts, &error);
        if (!error.isEmpty())
            qWarning().noquote() << ts << error;
        return messages;
    }

    void compareWithCode(const QString &language, const QStringList &extraOptions) {
        const Messages inCode = scanSources(language, extraOptions);
        QVERIFY2(!inCode.empty(), "lupdate found no messages at all");
        QString error;
        const Messages inFile = readTs(committed(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const auto &[key, translation] : inCode) {
            if (inFile.count(key) == 0)
                problems.append(u"missing from the .ts: "_s + key.describe());
        }
        for (const auto &[key, translation] : inFile) {
            if (inCode.count(key) == 0)
                problems.append(u"stale, no longer in the code: "_s + key.describe());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(committed(language) +
                                                u" is out of date; run cmake --build build "
                                                "--target update_translations\n"_s +
                                                problems.join(u'\n')));
    }

    void checkComplete(const QString &language, int pluralForms, bool numerusOnly) {
        QString error;
        const Messages messages = readTs(committed(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.empty());
        QStringList problems;
        for (const auto &[key, translation] : messages) {
            const QString where = key.describe() + u": "_s;
            if (!translation.type.isEmpty())
                problems.append(where + translation.type);
            if (numerusOnly && !key.numerus)
                problems.append(where + u"not a plural, which this file only holds"_s);
            const QStringList forms =
                key.numerus ? translation.forms : QStringList{translation.text};
            if (forms.size() != (key.numerus ? pluralForms : 1))
                problems.append(
                    where + u"%1 plural forms instead of %2"_s.arg(forms.size()).arg(pluralForms));
            const QSet<QString> needed = placeholders(key.source);
            for (int form = 0; form < forms.size(); ++form) {
                const QString &text = forms.at(form);
                if (text.trimmed().isEmpty()) {
                    problems.append(where + u"empty translation"_s);
                    continue;
                }
                QSet<QString> missing = needed - placeholders(text);
                // The first form of German and English is for exactly one, which may say
                // "this job" instead of "1 job".
                if (key.numerus && form == 0)
                    missing.remove(u"%n"_s);
                if (!missing.isEmpty())
                    problems.append(where + u"\""_s + text + u"\" lacks "_s +
                                    QStringList(missing.begin(), missing.end()).join(u", "_s));
                if (acceleratorCount(key.source) != acceleratorCount(text))
                    problems.append(where + u"\""_s + text + u"\" has not one & shortcut"_s);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private slots:
    void germanMatchesTheCode() { compareWithCode(u"de"_s, {}); }
    void englishPluralsMatchTheCode() { compareWithCode(u"en"_s, {u"-pluralonly"_s}); }
    void germanIsComplete() { checkComplete(u"de"_s, 2, false); }
    void englishPluralsAreComplete() { checkComplete(u"en"_s, 2, true); }
};

QTEST_GUILESS_MAIN(TranslationFilesTest)
#include "tst_translationfiles.moc"
