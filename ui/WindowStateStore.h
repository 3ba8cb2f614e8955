#pragma once

#include <QByteArray>
#include <QSettings>

// Window geometry and column layout, in a file of their own: they change on every resize,
// and the account settings should not be rewritten for that.
class WindowStateStore final {
public:
    WindowStateStore();

    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);

private:
    QSettings m_settings;
};
