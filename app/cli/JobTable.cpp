#include "cli/JobTable.h"

#include "cli/Terminal.h"

namespace {

// Two spaces between columns; "processing" is the longest status.
constexpr int gap = 2;
constexpr int statusWidth = 10 + gap;
// "2026-11-28 10:00" and two spaces; ISO 8601 with seconds and a zone is wider.
constexpr int createdWidth = 18;
constexpr int isoCreatedWidth = 22;
// Less room than this for the name, and the created column makes way.
constexpr int shortestName = 12;

// At least one space after the text, however wide it is.
QString column(const QString &text, int width) {
    return text + QString(qMax(1, width - Terminal::displayWidth(text)), QLatin1Char(' '));
}

} // namespace

JobTable::JobTable(int width, const QVector<DownloadJob> &firstPage)
    : m_width(width) {
    int widestId = Terminal::displayWidth(tr("ID"));
    for (const DownloadJob &job : firstPage)
        widestId = qMax(widestId, Terminal::displayWidth(Terminal::printable(job.id)));
    m_idWidth = widestId + gap;
    m_showsCreated =
        width == 0 || width - 1 - m_idWidth - statusWidth - createdWidth >= shortestName;
}

QString JobTable::header() const {
    return line(tr("ID"), tr("STATUS"), tr("CREATED"), tr("NAME"));
}

QString JobTable::row(const DownloadJob &job) const {
    const QString created = m_width == 0
                                ? job.createdAt.toString(Qt::ISODate)
                                : job.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm");
    return line(Terminal::printable(job.id), job.statusText(), created,
                Terminal::printable(job.name));
}

QString JobTable::line(const QString &id, const QString &status, const QString &created,
                       const QString &name) const {
    QString text = column(id, m_idWidth) + column(status, statusWidth);
    if (m_showsCreated)
        text += column(created, m_width == 0 ? isoCreatedWidth : createdWidth);
    if (m_width == 0)
        return text + name;
    // One column short of the width: a full line makes some terminals wrap.
    return text + Terminal::cutToWidth(name, qMax(1, m_width - 1 - Terminal::displayWidth(text)));
}
