#pragma once

#include <QString>
#include <QUrl>

// The one rule for what may be sent as a job's stream_link, shared by the app's dialog and the
// CLI so they can never disagree: an http or https URL with a host. A link typed without a
// scheme ("stream.videodb.io/v/…") is read as https, but only when its host has a dot, so a
// stray word is not taken for a server name.
class StreamLink final {
public:
    enum class Problem { None, Empty, NotAUrl, UnsupportedScheme };

    explicit StreamLink(const QString &text);

    Problem problem() const { return m_problem; }
    bool isUsable() const { return m_problem == Problem::None; }
    // The URL to send: scheme added when it was left out. Empty unless usable.
    QUrl url() const { return m_url; }
    // The job name offered when the user gives none: the link's last segment as an .mp4, since
    // that is what VideoDB exports ("keynote.m3u8" -> "keynote.mp4"). Empty when there is none.
    QString suggestedJobName() const;

private:
    Problem m_problem = Problem::None;
    QUrl m_url;
};
